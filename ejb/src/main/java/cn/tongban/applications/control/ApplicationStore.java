package cn.tongban.applications.control;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.platform.entity.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Finds applications by receipt number, inside the caller's transaction; no access rules here. */
@Dependent
public class ApplicationStore {

    @PersistenceContext
    EntityManager em;

    /**
     * The application, locked for the rest of the transaction: actions on one application (two branches
     * answering at once, two clerks accepting) take turns, so each sees what the other did. Only the
     * application's row is locked, never its matter or applicant.
     */
    public Application lockByReceiptNumber(String receiptNumber) {
        Long id = byReceiptNumber(receiptNumber).getId();
        em.flush();
        Application locked = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    /** The application a task belongs to, locked as {@link #lockByReceiptNumber} locks it. */
    public Application lockByTask(long taskId) {
        // only the id: a task read before the lock could be stale by the time the lock is granted
        Long applicationId = em.createQuery("SELECT t.application.id FROM Task t WHERE t.id = :task", Long.class)
                .setParameter("task", taskId)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("task.unknown", taskId));
        Application locked = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    /** The application, or NOT_FOUND for an unknown or malformed number (one answer for both). */
    public Application byReceiptNumber(String receiptNumber) {
        if (receiptNumber == null || !ReceiptNumber.isWellFormed(receiptNumber)) {
            throw BusinessException.notFound("application.unknown", String.valueOf(receiptNumber));
        }
        return em.createNamedQuery(Application.FIND_BY_RECEIPT, Application.class)
                .setParameter("receiptNumber", ReceiptNumber.parse(receiptNumber).value())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("application.unknown", receiptNumber));
    }
}
