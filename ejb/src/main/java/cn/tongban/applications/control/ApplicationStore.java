package cn.tongban.applications.control;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.platform.entity.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds applications by receipt number, inside the caller's transaction; no access rules here. */
@Dependent
public class ApplicationStore {

    @PersistenceContext
    EntityManager em;

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
