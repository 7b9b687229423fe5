package cn.tongban.supervision.control;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.applications.entity.Task;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.supervision.entity.CaseKind;
import cn.tongban.supervision.entity.SupervisionCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Records the violations of 第二十七条 the system sees, each once: a detection key per violation (kind and task,
 * kind and application, or for an unauthorised attempt account, application and day) is looked up first and is
 * unique in the table. An EJB rather than a plain control because an unauthorised attempt is recorded in a
 * transaction of its own while the refused request rolls back.
 */
@Stateless
@PermitAll
public class CaseDetection {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /**
     * A task past its due day (the deadlines' red alert): late handling (第二十七条(一)), or a late prerequisite
     * branch (第二十七条(四)) when the task is 前置. Runs in the caller's transaction. Empty when the case exists.
     */
    public Optional<SupervisionCase> lateTask(long taskId, LocalDate dueOn) {
        Task task = em.find(Task.class, taskId);
        if (task == null) {
            return Optional.empty();
        }
        CaseKind kind = task.isPrerequisite() ? CaseKind.LATE_PREREQUISITE : CaseKind.LATE_HANDLING;
        Application application = task.getApplication();
        SupervisionTexts texts = SupervisionTexts.chinese();
        String assignee = task.getAssignee() == null ? "" : texts.text("facts.lateTask.assignee", task.getAssignee().getDisplayName());
        String facts = texts.text("facts.lateTask", application.getReceiptNumber().value(), application.getMatter().getName(),
                task.getName(), texts.date(dueOn), assignee);
        return store(SupervisionCase.detect(kind, task.getDepartment(), SupervisionCase.Subject.of(task),
                kind + ":task:" + taskId, facts, now()));
    }

    /**
     * An application still waiting for acceptance after its last day (第二十七条(五); 行政许可法 第三十二条):
     * neither accepted, refused nor sent back for corrections. Runs in the caller's transaction.
     */
    public Optional<SupervisionCase> notNotified(Application application, LocalDate waitingSince, LocalDate dueOn) {
        SupervisionTexts texts = SupervisionTexts.chinese();
        String facts = texts.text("facts.notNotified", application.getReceiptNumber().value(), application.getMatter().getName(),
                texts.date(waitingSince), texts.date(dueOn));
        // once per wait: a resubmission after 补正 starts a new one
        String key = CaseKind.NOT_NOTIFIED + ":application:" + application.getId() + ":" + waitingSince;
        return store(SupervisionCase.detect(CaseKind.NOT_NOTIFIED, application.getDepartment(),
                SupervisionCase.Subject.of(application), key, facts, now()));
    }

    /**
     * A member of staff tried to act on another department's application or task and was refused (第二十七条(二)).
     * Recorded in a transaction of its own, once per account, application and day, against the actor's
     * department. Only the receipt number is referenced: the refused request still holds the application's lock.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SupervisionCase> unauthorised(String operation, String receiptNumber, Long taskId, BusinessException refusal) {
        Account actor = accounts.current();
        if (actor.getDepartment() == null) {
            return Optional.empty();
        }
        Task task = taskId == null ? null : em.find(Task.class, taskId);
        Application application = task != null ? task.getApplication() : byReceipt(receiptNumber);
        if (application == null) {
            return Optional.empty();
        }
        // acting on one's own department's work out of turn (a colleague's claimed task) is not 越权
        var target = task != null ? task.getDepartment() : application.getDepartment();
        if (actor.belongsTo(target) || (task == null && application.involves(actor))) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        String receipt = application.getReceiptNumber().value();
        LocalDate day = now.atZoneSameInstant(Clocks.CHINA).toLocalDate();
        String key = CaseKind.UNAUTHORISED_OPERATION + ":" + actor.getId() + ":" + receipt + ":" + day;
        String facts = SupervisionTexts.chinese().text("facts.unauthorised", actor.getDisplayName(),
                actor.getDepartment().getName(), target.getName(), receipt, SupervisionTexts.chinese().operation(operation), refusal.message(Locale.SIMPLIFIED_CHINESE));
        return store(SupervisionCase.detect(CaseKind.UNAUTHORISED_OPERATION, actor.getDepartment(),
                SupervisionCase.Subject.receipt(receipt), key, facts, now));
    }

    private Application byReceipt(String receiptNumber) {
        if (receiptNumber == null || !ReceiptNumber.isWellFormed(receiptNumber)) {
            return null;
        }
        return em.createNamedQuery(Application.FIND_BY_RECEIPT, Application.class)
                .setParameter("receiptNumber", ReceiptNumber.parse(receiptNumber).value())
                .getResultStream().findFirst().orElse(null);
    }

    private Optional<SupervisionCase> store(SupervisionCase detected) {
        boolean known = !em.createNamedQuery(SupervisionCase.FIND_BY_DETECTION_KEY, SupervisionCase.class)
                .setParameter("key", detected.getDetectionKey())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (known) {
            return Optional.empty();
        }
        em.persist(detected);
        detected.number();
        em.persist(detected.recorded(null, origin.address()));
        return Optional.of(detected);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
