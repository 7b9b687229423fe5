package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.control.ApplicationStore;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.applications.entity.TaskStatus;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A department's tasks addressed one by one, as its own business system works on them through the partner
 * interface (第五条) instead of the intranet: a paged list, one task, and every step of the lifecycle on a task,
 * each guarded by the version of the task the caller last read. The steps themselves are
 * {@link ApprovalWorkflow}'s, in the same transaction; this boundary adds what addressing a task needs: the task
 * must be the caller's department's (least privilege, 第二十条), unchanged since it was read, and of the kind the
 * step is for.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.PARTNER})
public class Tasks {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE = 100;

    /** The longest opinion or note the timeline keeps. */
    static final int MAX_TEXT = 2000;

    /** What the list shows when the caller names no status: the department's work at hand. */
    public static final Set<TaskStatus> ACTIVE = EnumSet.of(TaskStatus.OPEN, TaskStatus.CLAIMED);

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    ApprovalWorkflow workflow;

    @Inject
    ApplicationStore store;

    /** One page of the caller's department's tasks and how many there are in all, counted in the database. */
    public record Page(List<Task> tasks, long total) {
    }

    /** The caller's department's tasks in the given statuses, oldest first; {@code first} and {@code max} are checked by the caller. */
    public Page page(Set<TaskStatus> statuses, int first, int max) {
        Account me = accounts.current();
        Set<TaskStatus> wanted = statuses == null || statuses.isEmpty() ? ACTIVE : statuses;
        long total = em.createNamedQuery(Task.COUNT_FOR_DEPARTMENT, Long.class)
                .setParameter("department", me.getDepartment())
                .setParameter("statuses", wanted)
                .getSingleResult();
        List<Task> tasks = total == 0 ? List.of() : em.createNamedQuery(Task.PAGE_FOR_DEPARTMENT, Task.class)
                .setParameter("department", me.getDepartment())
                .setParameter("statuses", wanted)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
        return new Page(tasks, total);
    }

    /** One task of the caller's department, with its application and the application's other tasks. */
    public Task one(long taskId) {
        Account me = accounts.current();
        Task task = em.createNamedQuery(Task.FIND_WITH_APPLICATION, Task.class)
                .setParameter("id", taskId)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("task.unknown", taskId));
        requireDepartment(me, task);
        task.getApplication().getTasks().size(); // loaded here, in one statement: a decision shows the opinions before it
        return task;
    }

    public Task claim(long taskId, long version) {
        Task task = locked(taskId, version, EnumSet.allOf(TaskKind.class));
        workflow.claim(taskId);
        return task;
    }

    public Task release(long taskId, long version) {
        Task task = locked(taskId, version, EnumSet.allOf(TaskKind.class));
        workflow.release(taskId);
        return task;
    }

    /** Gives the task to a member of the department's staff, named by username. */
    public Task handOver(long taskId, long version, String colleague) {
        Task task = locked(taskId, version, EnumSet.allOf(TaskKind.class));
        workflow.handOver(taskId, colleague);
        return task;
    }

    /** 受理 (第四条). */
    public Task accept(long taskId, long version, String opinion) {
        Task task = locked(taskId, version, EnumSet.of(TaskKind.ACCEPTANCE));
        requireFits("opinion", opinion);
        workflow.accept(receipt(task), opinion);
        return task;
    }

    /** 不予受理, with the reason and its legal basis. */
    public Task notAccept(long taskId, long version, String reason, String legalBasis) {
        Task task = locked(taskId, version, EnumSet.of(TaskKind.ACCEPTANCE));
        workflow.refuse(receipt(task), reason, legalBasis);
        return task;
    }

    /** 补正: the items the applicant must correct; every task of the application stops until they resubmit. */
    public Task requestCorrection(long taskId, long version, String items) {
        Task task = locked(taskId, version, EnumSet.of(TaskKind.ACCEPTANCE, TaskKind.REVIEW, TaskKind.BRANCH));
        if (!task.getStatus().isActive()) {
            throw BusinessException.conflict("task.alreadyHandled", taskId);
        }
        workflow.requestCorrection(receipt(task), items);
        return task;
    }

    /**
     * The opinion of a review stage, or a parallel branch's opinion (并联审批, 第六条), which must say whether the
     * department agrees.
     */
    public Task opinion(long taskId, long version, Boolean agree, String opinion) {
        Task task = locked(taskId, version, EnumSet.of(TaskKind.REVIEW, TaskKind.BRANCH));
        if (task.getKind() == TaskKind.BRANCH) {
            if (agree == null) {
                throw BusinessException.invalidFields(List.of(new Violation("agree", "field.required")));
            }
            workflow.examineBranch(taskId, agree, opinion);
        } else {
            if (agree != null) {
                throw BusinessException.invalidFields(List.of(new Violation("agree", "task.agreeOnlyForBranch")));
            }
            workflow.review(taskId, opinion);
        }
        return task;
    }

    /** 准予 / 不予许可, with the opinion and the legal basis. */
    public Task decide(long taskId, long version, boolean approve, String opinion, String legalBasis) {
        Task task = locked(taskId, version, EnumSet.of(TaskKind.DECISION));
        workflow.decide(receipt(task), approve, opinion, legalBasis);
        return task;
    }

    /** 办结: closes the application whose decision this task was, once the result has been delivered. */
    public Task complete(long taskId, long version, String note) {
        Task task = locked(taskId, version, EnumSet.of(TaskKind.DECISION));
        requireFits("note", note);
        workflow.complete(receipt(task), note);
        return task;
    }

    /**
     * The task, with its application locked for the rest of the transaction (so that nobody changes it between
     * the checks and the step): unknown is 404, another department's 403, a version other than the caller's 409,
     * a step for another kind of task 422.
     */
    private Task locked(long taskId, long version, Set<TaskKind> kinds) {
        Account me = accounts.current();
        Application application = store.lockByTask(taskId);
        Task task = application.getTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("task.unknown", taskId));
        requireDepartment(me, task);
        if (task.getVersion() != version) {
            throw BusinessException.conflict("task.changed", taskId, version, task.getVersion());
        }
        if (!kinds.contains(task.getKind())) {
            throw BusinessException.unprocessable("task.wrongStep", taskId, task.getKind());
        }
        return task;
    }

    // 第二十条: staff and partner systems see and act on their own department's work only
    private static void requireDepartment(Account me, Task task) {
        if (!me.belongsTo(task.getDepartment())) {
            throw BusinessException.forbidden("task.notYourDepartment", task.getId());
        }
    }

    /** An optional text must fit the timeline's opinion column. */
    private static void requireFits(String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw BusinessException.invalidFields(List.of(new Violation(field, "field.tooLong", MAX_TEXT)));
        }
    }

    private static String receipt(Task task) {
        return task.getApplication().getReceiptNumber().value();
    }
}
