package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.control.ApplicationStore;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.applications.entity.SpecialProcedure;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskStatus;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.deadlines.entity.DeadlineRules;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.supervision.control.UnauthorisedOperations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The departments' side of an application (网上审批, 第六条): work lists, claiming and handing over tasks,
 * and every step of the lifecycle. The rules themselves are the application's ({@link Application}); this
 * boundary finds who is acting, locks the application for the step, and stores what the step yields. A department's
 * own system (PARTNER, 第五条) may take every step its department's staff may take, and is named on the timeline.
 * An attempt on another department's work is refused and recorded as a supervision case (第二十七条(二)).
 */
@Stateless
@Interceptors(UnauthorisedOperations.class)
@RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.PARTNER})
public class ApprovalWorkflow {

    private static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    ApplicationStore store;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Inject
    Event<ApplicationStepped> stepped;

    @EJB
    Deadlines deadlines;

    /** The caller's department's applications waiting for acceptance, oldest first. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN, Role.Names.PARTNER})
    public List<Application> waitingForAcceptance() {
        Account staff = accounts.current();
        return em.createNamedQuery(Application.FIND_BY_DEPARTMENT_AND_STATUS, Application.class)
                .setParameter("department", staff.getDepartment())
                .setParameter("status", ApplicationStatus.SUBMITTED)
                .setMaxResults(MAX_LIST)
                // the acceptance tasks (their days left show on each row) in one more statement, not one per row
                .setHint("eclipselink.batch", "a.tasks")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The department's work list: the open and claimed tasks the caller may take, oldest first. */
    public List<Task> departmentTasks() {
        Account me = accounts.current();
        return em.createNamedQuery(Task.FIND_FOR_DEPARTMENT, Task.class)
                .setParameter("department", me.getDepartment())
                .setParameter("statuses", EnumSet.of(TaskStatus.OPEN, TaskStatus.CLAIMED))
                .setParameter("roles", EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER))
                .setMaxResults(MAX_LIST)
                .getResultStream()
                .filter(t -> t.isFor(me))
                .toList();
    }

    /** The caller's own work list: the tasks they have claimed. */
    public List<Task> myTasks() {
        return em.createNamedQuery(Task.FIND_FOR_ASSIGNEE, Task.class)
                .setParameter("assignee", accounts.current())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** Every task of an application, for the staff of a department involved in it (the lead sees all opinions). */
    public List<Task> tasks(String receiptNumber) {
        Account me = accounts.current();
        Application application = store.byReceiptNumber(receiptNumber);
        if (!application.involves(me)) {
            throw BusinessException.notFound("application.unknown", receiptNumber);
        }
        return application.getTasks();
    }

    public Task claim(long taskId) {
        Account me = accounts.current();
        Application application = store.lockByTask(taskId);
        Task task = taskOf(application, taskId);
        task.claim(me);
        flush(receipt(application));
        return task;
    }

    public Task release(long taskId) {
        Account me = accounts.current();
        Application application = store.lockByTask(taskId);
        Task task = taskOf(application, taskId);
        task.release(me);
        flush(receipt(application));
        return task;
    }

    /** Hands a claimed task to a colleague of the same department who may take it. */
    public Task handOver(long taskId, String colleague) {
        Account me = accounts.current();
        Account to = accounts.byUsername(colleague == null ? "" : colleague.strip())
                .orElseThrow(() -> BusinessException.invalid("task.unknownColleague", String.valueOf(colleague)));
        Application application = store.lockByTask(taskId);
        Task task = taskOf(application, taskId);
        task.handOver(me, to);
        flush(receipt(application));
        return task;
    }

    /** 受理: the caller, a clerk of the owning department, accepts the application. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.PARTNER})
    public Application accept(String receiptNumber, String opinion) {
        return act(receiptNumber, (a, me) -> a.accept(me, departments(), now(), origin.address(), opinion, rules()));
    }

    /** 不予受理, with the reason and the legal basis. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.PARTNER})
    public Application refuse(String receiptNumber, String reason, String legalBasis) {
        return act(receiptNumber, (a, me) -> a.refuse(me, reason, legalBasis, now(), origin.address()));
    }

    /** 补正: asks the applicant for the listed corrections; the clock stops until they resubmit. */
    public Application requestCorrection(String receiptNumber, String items) {
        return act(receiptNumber, (a, me) -> a.requestCorrection(me, items, now(), origin.address(), rules()));
    }

    @RolesAllowed({Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.PARTNER})
    public Application review(long taskId, String opinion) {
        return actOnTask(taskId, (a, me) -> a.review(me, taskId, opinion, now(), origin.address(), rules()));
    }

    /** A branch department's opinion on a parallel application. */
    public Application examineBranch(long taskId, boolean agree, String opinion) {
        return actOnTask(taskId, (a, me) -> a.examineBranch(me, taskId, agree, opinion, now(), origin.address(), rules()));
    }

    /** 准予 or 不予许可, with the opinion and the legal basis. */
    @RolesAllowed({Role.Names.APPROVER, Role.Names.PARTNER})
    public Application decide(String receiptNumber, boolean approve, String opinion, String legalBasis) {
        return act(receiptNumber, (a, me) -> a.decide(me, approve, opinion, legalBasis, now(), origin.address(), rules()));
    }

    /** 办结. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.PARTNER})
    public Application complete(String receiptNumber, String note) {
        return act(receiptNumber, (a, me) -> a.complete(me, note, now(), origin.address()));
    }

    @RolesAllowed({Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.PARTNER})
    public Application startSpecialProcedure(String receiptNumber, SpecialProcedure procedure, String note) {
        if (procedure == null) {
            throw BusinessException.invalid("application.specialProcedureMissing");
        }
        return act(receiptNumber, (a, me) -> a.startSpecialProcedure(me, procedure, note, now(), origin.address(), rules()));
    }

    @RolesAllowed({Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.PARTNER})
    public Application endSpecialProcedure(String receiptNumber, String note) {
        return act(receiptNumber, (a, me) -> a.endSpecialProcedure(me, note, now(), origin.address(), rules()));
    }

    private interface Step {
        List<StatusChange> apply(Application application, Account actor);
    }

    private Application act(String receiptNumber, Step step) {
        Account me = accounts.current();
        Application application = store.lockByReceiptNumber(receiptNumber);
        return stored(application, step.apply(application, me));
    }

    private Application actOnTask(long taskId, Step step) {
        Account me = accounts.current();
        Application application = store.lockByTask(taskId);
        return stored(application, step.apply(application, me));
    }

    private Application stored(Application application, List<StatusChange> lines) {
        lines.forEach(em::persist);
        flush(receipt(application));
        lines.forEach(line -> stepped.fire(new ApplicationStepped(application.getId(), receipt(application), line.getId(),
                line.getStep(), application.getStatus())));
        return application;
    }

    private void flush(String receiptNumber) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("application.alreadyHandled", receiptNumber);
        }
    }

    private static Task taskOf(Application application, long taskId) {
        return application.getTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("task.unknown", taskId));
    }

    private static String receipt(Application application) {
        return application.getReceiptNumber().value();
    }

    private Map<String, Department> departments() {
        Map<String, Department> byCode = new HashMap<>();
        em.createNamedQuery(Department.FIND_ALL, Department.class).getResultList().forEach(d -> byCode.put(d.getCode(), d));
        return byCode;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private DeadlineRules rules() {
        return deadlines.rules();
    }
}
