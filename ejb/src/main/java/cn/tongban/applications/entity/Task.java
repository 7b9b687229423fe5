package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineRules;
import cn.tongban.deadlines.entity.WorkingClock;
import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One department's piece of work on an application: to accept it, review it, examine it as a parallel
 * branch or decide it. A task is in its department's work list until a member of its staff with the
 * task's role claims it; two members acting on it at once cannot both succeed (the version is checked).
 */
@Entity
@Table(name = "task")
@NamedQuery(name = Task.FIND_BY_APPLICATION, query = """
        SELECT t FROM Task t WHERE t.application = :application ORDER BY t.sequence""")
@NamedQuery(name = Task.FIND_FOR_DEPARTMENT, query = """
        SELECT t FROM Task t JOIN FETCH t.application a JOIN FETCH a.matter JOIN FETCH a.applicant
        LEFT JOIN FETCH t.assignee
        WHERE t.department = :department AND t.status IN :statuses AND t.role IN :roles
        ORDER BY t.openedAt""")
@NamedQuery(name = Task.FIND_FOR_ASSIGNEE, query = """
        SELECT t FROM Task t JOIN FETCH t.application a JOIN FETCH a.matter JOIN FETCH a.applicant
        WHERE t.assignee = :assignee AND t.status = cn.tongban.applications.entity.TaskStatus.CLAIMED
        ORDER BY t.openedAt""")
@NamedQuery(name = Task.PAGE_FOR_DEPARTMENT, query = """
        SELECT t FROM Task t JOIN FETCH t.application a JOIN FETCH a.matter LEFT JOIN FETCH t.assignee
        WHERE t.department = :department AND t.status IN :statuses
        ORDER BY t.openedAt, t.id""")
@NamedQuery(name = Task.COUNT_FOR_DEPARTMENT, query = """
        SELECT COUNT(t) FROM Task t WHERE t.department = :department AND t.status IN :statuses""")
@NamedQuery(name = Task.FIND_WITH_APPLICATION, query = """
        SELECT t FROM Task t JOIN FETCH t.application a JOIN FETCH a.matter LEFT JOIN FETCH t.assignee
        WHERE t.id = :id""")
public class Task {

    public static final String FIND_BY_APPLICATION = "Task.findByApplication";
    public static final String PAGE_FOR_DEPARTMENT = "Task.pageForDepartment";
    public static final String COUNT_FOR_DEPARTMENT = "Task.countForDepartment";
    public static final String FIND_WITH_APPLICATION = "Task.findWithApplication";
    public static final String FIND_FOR_DEPARTMENT = "Task.findForDepartment";
    public static final String FIND_FOR_ASSIGNEE = "Task.findForAssignee";

    /** The roles that may take a parallel branch for their department. */
    public static final Set<Role> BRANCH_ROLES = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER);

    @Id
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    /** The order of the task in its application's process: acceptance first, decision last. */
    @Column(nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskKind kind;

    /** The stage's or branch's name from the matter's process, e.g. 印章刻制备案. */
    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    /** Who may take it: CLERK, REVIEWER or APPROVER; for a branch, REVIEWER stands for any of its staff. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    /** 前置审批: the other branches wait for it (第二十七条(四) makes answering late a violation). */
    @Column(nullable = false)
    private boolean prerequisite;

    /** The working days the process gives the step. */
    @Column(nullable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status;

    /** What the task was before a correction request suspended it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from", length = 16)
    private TaskStatus suspendedFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    /** For a branch: whether the department agrees. */
    @Column
    private Boolean agreed;

    @Column(length = 2000)
    private String opinion;

    /** The task's own clock (each parallel branch has its own), started when the task opens. */
    @Embedded
    private WorkingClock clock = new WorkingClock();

    /** The highest alert issued for the task so far (效能监察, 第七、二十七条); never lowered. */
    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level", length = 8)
    private AlertLevel alertLevel;

    /** When the yellow warning is due: the start of the first day with at most the warning days left. */
    @Column(name = "yellow_at")
    private OffsetDateTime yellowAt;

    /** When the red alarm is due: the end of the due day, in Beijing. */
    @Column(name = "red_at")
    private OffsetDateTime redAt;

    /**
     * The next alert moment, null while nothing is to be raised (finished, suspended, both raised, or unknown
     * while the due day is provisional): the sweep finds due work by an indexed range query on it.
     */
    @Column(name = "alert_at")
    private OffsetDateTime alertAt;

    @Version
    private long version;

    protected Task() {
    }

    Task(Application application, int sequence, TaskKind kind, String name, Department department, Role role,
         boolean prerequisite, int days) {
        this.application = Objects.requireNonNull(application);
        this.sequence = sequence;
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.department = Objects.requireNonNull(department);
        this.role = Objects.requireNonNull(role);
        this.prerequisite = prerequisite;
        this.days = days;
        this.status = TaskStatus.WAITING;
    }

    /**
     * Whether this member of staff may take the task: its department, its role, trained. A department's own
     * system (PARTNER, 第五条) acts for the whole department, whatever the task's role.
     */
    public boolean isFor(Account staff) {
        if (!staff.belongsTo(department) || !staff.mayAct()) {
            return false;
        }
        if (staff.hasRole(Role.PARTNER)) {
            return true;
        }
        return kind == TaskKind.BRANCH ? BRANCH_ROLES.stream().anyMatch(staff::hasRole) : staff.hasRole(role);
    }

    /** Opens the task into its department's work list; its clock of {@link #days} working days starts today. */
    void open(OffsetDateTime now, DeadlineRules rules) {
        if (status != TaskStatus.WAITING) {
            throw new IllegalStateException("task " + id + " is " + status);
        }
        this.status = TaskStatus.OPEN;
        this.openedAt = now;
        this.clock = WorkingClock.start(DeadlineRules.day(now), days, rules.calendar());
        scheduleAlerts(rules);
    }

    /** Stops the task's clock (补正, or a special procedure not counted in the time limit). */
    void stopClock(LocalDate day, DeadlineRules rules) {
        clock().suspend(day, rules.calendar());
        scheduleAlerts(rules);
    }

    /** Restarts the task's clock with the working days it had left. */
    void restartClock(LocalDate day, DeadlineRules rules) {
        clock().resume(day, rules.calendar());
        scheduleAlerts(rules);
    }

    /** A year was published: a provisional due day (and its alert moments) can now be computed. */
    public void recomputeDeadline(DeadlineRules rules) {
        if (clock().recompute(rules.calendar())) {
            scheduleAlerts(rules);
        }
    }

    /**
     * Sets when the next alert is due: the yellow warning until it is raised, then the red alarm; nothing while the
     * clock is stopped or the task finished.
     */
    private void scheduleAlerts(DeadlineRules rules) {
        WorkingClock c = clock();
        if (!c.isRunning() || status.isFinished()) {
            alertAt = null;
            return;
        }
        LocalDate warningDay = c.warningDay(rules.warningDays(), rules.calendar());
        yellowAt = warningDay == null ? null : DeadlineRules.startOf(warningDay);
        redAt = c.dueOn() == null ? null : DeadlineRules.startOf(c.dueOn().plusDays(1));
        alertAt = alertLevel == null ? yellowAt : alertLevel == AlertLevel.YELLOW ? redAt : null;
    }

    /** Working days left on {@code day} (negative once overdue), or null if unknown (not open, unpublished year). */
    public Integer daysLeft(LocalDate day, WorkingCalendar calendar) {
        return clock().daysLeft(day, calendar);
    }

    private WorkingClock clock() {
        if (clock == null) {
            clock = new WorkingClock();
        }
        return clock;
    }

    private void finishClock() {
        clock().finish();
        alertAt = null;
    }

    /** Takes the task from the department's work list into the caller's own. */
    public void claim(Account staff) {
        requireFor(staff);
        if (status == TaskStatus.CLAIMED && assignee != null && assignee.getId().equals(staff.getId())) {
            return;
        }
        if (status != TaskStatus.OPEN) {
            throw BusinessException.conflict("task.alreadyHandled", id);
        }
        this.status = TaskStatus.CLAIMED;
        this.assignee = staff;
    }

    /**
     * Gives the claimed task to a colleague of the same department who may take it. The department's own system
     * (PARTNER) assigns any active task of the department, claimed or not, to a member of its staff.
     */
    public void handOver(Account from, Account to) {
        if (from.hasRole(Role.PARTNER)) {
            requireFor(from);
            if (!status.isActive()) {
                throw BusinessException.conflict("task.alreadyHandled", id);
            }
        } else {
            requireHeldBy(from);
        }
        if (to.hasRole(Role.PARTNER) || !isFor(to)) {
            throw BusinessException.invalid("task.notForColleague", to.getUsername(), id);
        }
        this.status = TaskStatus.CLAIMED;
        this.assignee = to;
    }

    /** Puts the claimed task back into the department's work list. */
    public void release(Account staff) {
        requireHeldBy(staff);
        this.status = TaskStatus.OPEN;
        this.assignee = null;
    }

    /** Finishes the task, claiming it first if nobody has. */
    void complete(Account staff, Boolean agreement, String text, OffsetDateTime now) {
        claim(staff);
        this.status = TaskStatus.DONE;
        this.doneAt = now;
        finishClock();
        this.agreed = agreement;
        this.opinion = text;
    }

    /** 补正: the task stops, and so does its clock, until the applicant resubmits. */
    void suspend(LocalDate day, DeadlineRules rules) {
        if (status.isActive()) {
            this.suspendedFrom = status;
            this.status = TaskStatus.SUSPENDED;
            stopClock(day, rules);
        }
    }

    void resume(LocalDate day, DeadlineRules rules) {
        if (status == TaskStatus.SUSPENDED) {
            this.status = suspendedFrom;
            this.suspendedFrom = null;
            restartClock(day, rules);
        }
    }

    void cancel() {
        if (!status.isFinished()) {
            this.status = TaskStatus.CANCELLED;
            finishClock();
        }
    }

    void requireFor(Account staff) {
        if (!isFor(staff)) {
            throw BusinessException.forbidden("task.notYours", id);
        }
    }

    private void requireHeldBy(Account staff) {
        requireFor(staff);
        if (status != TaskStatus.CLAIMED || assignee == null || !assignee.getId().equals(staff.getId())) {
            throw BusinessException.conflict("task.notHeld", id);
        }
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public int getSequence() {
        return sequence;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public Role getRole() {
        return role;
    }

    public boolean isPrerequisite() {
        return prerequisite;
    }

    public int getDays() {
        return days;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Account getAssignee() {
        return assignee;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public Boolean getAgreed() {
        return agreed;
    }

    public String getOpinion() {
        return opinion;
    }

    public long getVersion() {
        return version;
    }

    /** The due day, null while not open or provisional. */
    public LocalDate getDueOn() {
        return clock().dueOn();
    }

    /** Whether the due day waits for the publication of the year it falls in. */
    public boolean isDueProvisional() {
        return clock().isProvisional();
    }

    public boolean isClockStopped() {
        return clock().isSuspended();
    }

    public AlertLevel getAlertLevel() {
        return alertLevel;
    }

    public OffsetDateTime getAlertAt() {
        return alertAt;
    }
}
