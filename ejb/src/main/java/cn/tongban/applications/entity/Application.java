package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.deadlines.entity.DeadlineRules;
import cn.tongban.deadlines.entity.WorkingClock;
import cn.tongban.platform.entity.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import cn.tongban.accounts.entity.Role;
import cn.tongban.platform.entity.Violation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An application (办件) for one matter by one applicant. Its status only changes through the methods here,
 * each checked against {@link ApplicationStatus#mayMoveTo}, and each change yields the
 * {@link StatusChange} that the caller stores in the same transaction.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.FIND_BY_RECEIPT, query = """
        SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.department JOIN FETCH a.applicant
        WHERE a.receiptNumber.value = :receiptNumber""")
@NamedQuery(name = Application.FIND_BY_APPLICANT, query = """
        SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.department
        WHERE a.applicant = :applicant ORDER BY a.submittedAt DESC""")
@NamedQuery(name = Application.FIND_BY_DEPARTMENT_AND_STATUS, query = """
        SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.applicant
        WHERE a.department = :department AND a.status = :status ORDER BY a.submittedAt""")
public class Application {

    public static final String FIND_BY_RECEIPT = "Application.findByReceipt";
    public static final String FIND_BY_APPLICANT = "Application.findByApplicant";
    public static final String FIND_BY_DEPARTMENT_AND_STATUS = "Application.findByDepartmentAndStatus";

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Embedded
    private ReceiptNumber receiptNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    /** The version of the matter's guide, process and form the application was made under, for good. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_version_id", nullable = false)
    private MatterVersion matterVersion;

    /** The owning department, copied from the matter so that work lists need no join. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Account applicant;

    /** The online form's values, validated and normalised, as a JSON object. */
    @Column(name = "form_data", nullable = false, length = 1_000_000)
    private String formData;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** The application's tasks, in process order; few, and loaded in one statement. */
    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<Task> tasks = new ArrayList<>();

    /** While 补正 is requested: what to correct, and the status the resubmission returns to. */
    @Column(name = "correction_items", length = 2000)
    private String correctionItems;

    @Enumerated(EnumType.STRING)
    @Column(name = "correction_returns_to", length = 32)
    private ApplicationStatus correctionReturnsTo;

    @Column(name = "correction_rounds", nullable = false)
    private int correctionRounds;

    @Enumerated(EnumType.STRING)
    @Column(name = "special_procedure", length = 16)
    private SpecialProcedure specialProcedure;

    @Column(name = "special_procedure_since")
    private OffsetDateTime specialProcedureSince;

    /** The hash of the query code (查询码) for the public lookup; never the code itself ({@link QueryCode}). */
    @Column(name = "query_code_hash", length = 64)
    private String queryCodeHash;

    /**
     * The promised time limit (承诺时限) counted from acceptance in working days (行政许可法 第四十二条), stopped by
     * 补正 and by special procedures the matter does not count (第四十五条).
     */
    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "promised_due"))
    @AttributeOverride(name = "countedFrom", column = @Column(name = "promised_from"))
    @AttributeOverride(name = "remaining", column = @Column(name = "promised_remaining"))
    @AttributeOverride(name = "suspendedSince", column = @Column(name = "promised_suspended_since"))
    @AttributeOverride(name = "provisional", column = @Column(name = "promised_provisional"))
    private WorkingClock promised = new WorkingClock();

    /** The statutory time limit (法定时限), counted like the promised one. */
    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "statutory_due"))
    @AttributeOverride(name = "countedFrom", column = @Column(name = "statutory_from"))
    @AttributeOverride(name = "remaining", column = @Column(name = "statutory_remaining"))
    @AttributeOverride(name = "suspendedSince", column = @Column(name = "statutory_suspended_since"))
    @AttributeOverride(name = "provisional", column = @Column(name = "statutory_provisional"))
    private WorkingClock statutory = new WorkingClock();

    /** Once decided: the working days from acceptance to decision, suspensions not counted. */
    @Column(name = "days_used")
    private Integer daysUsed;

    /** Once decided: whether on or before the promised due day. */
    @Column(name = "on_time")
    private Boolean onTime;

    /** The query code issued in this transaction, so that it can be shown once; never stored. */
    @Transient
    private transient QueryCode issuedQueryCode;

    @Version
    private long version;

    protected Application() {
    }

    private Application(ReceiptNumber receiptNumber, Matter matter, Account applicant, JsonObject form,
                        OffsetDateTime now) {
        this.receiptNumber = receiptNumber;
        this.formData = form.toString();
        this.matter = matter;
        this.matterVersion = matter.getCurrentVersion();
        this.department = matter.getDepartment();
        this.applicant = applicant;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /**
     * Submits an application (网上申报, 第四条). Offline-only matters (第十一条) are refused here, so that no
     * entrance — the portal, the API or a partner — can get around it. The form values must have been
     * validated against the matter's form in force ({@code FormValidation}).
     */
    public static Application submit(ReceiptNumber receiptNumber, Matter matter, Account applicant, JsonObject form,
                                     OffsetDateTime now) {
        Objects.requireNonNull(receiptNumber);
        Objects.requireNonNull(applicant);
        Objects.requireNonNull(form);
        if (!matter.acceptsOnlineApplications()) {
            throw BusinessException.unprocessable("application.offlineOnly", matter.getCode());
        }
        return new Application(receiptNumber, matter, applicant, form, now);
    }

    /**
     * Issues a new query code for the public lookup (结果反馈, 第四条), replacing any earlier one, which stops
     * working at once. Only its hash is kept; the code itself is readable until the end of the transaction
     * ({@link #getIssuedQueryCode()}), to be shown to the applicant once.
     */
    public QueryCode issueQueryCode(RandomGenerator random) {
        QueryCode code = QueryCode.issue(random);
        this.queryCodeHash = code.hash(receiptNumber);
        this.issuedQueryCode = code;
        return code;
    }

    /** The applicant has lost the query code: a new one replaces it. Anyone else is told there is no such application. */
    public QueryCode reissueQueryCode(Account by, RandomGenerator random) {
        requireApplicant(by);
        return issueQueryCode(random);
    }

    /** Whether the typed query code is this application's, compared in constant time. */
    public boolean matchesQueryCode(String typed) {
        return QueryCode.matches(queryCodeHash, receiptNumber.value(), typed);
    }

    /** What a submission writes besides the application: its acceptance task and the first line of its timeline. */
    public record Submitted(Task acceptance, StatusChange line) {
    }

    public Submitted submission(Department owner, String sourceAddress, DeadlineRules rules) {
        return new Submitted(openAcceptance(owner, rules), line(submittedAt, null, Step.SUBMITTED, applicant, null, sourceAddress, null,
                null, true, null));
    }

    /**
     * A submission registered at a department's counter by its partner system (第五条) on the applicant's behalf:
     * the first line of the timeline names the partner and its department. A partner registers only for the
     * matters its own department handles.
     */
    public Submitted registration(Department owner, Account partner, String sourceAddress, DeadlineRules rules) {
        if (!partner.hasRole(Role.PARTNER) || !partner.belongsTo(department)) {
            throw BusinessException.forbidden("application.counterNotYourDepartment", matter.getCode());
        }
        return new Submitted(openAcceptance(owner, rules), line(submittedAt, null, Step.SUBMITTED, partner, partner.getDepartment(),
                sourceAddress, null, null, true, null));
    }

    private Task openAcceptance(Department owner, DeadlineRules rules) {
        var first = matterVersion.getContent().process().stages().get(0);
        Task acceptance = new Task(this, 0, TaskKind.ACCEPTANCE, first.name(), owner, Role.CLERK, false, first.days());
        acceptance.open(submittedAt, rules);
        tasks.add(acceptance);
        return acceptance;
    }

    // ---- The lifecycle (第四、六条). Each method checks who may act and whether the status allows it, ----
    // ---- changes the application and its tasks, and returns the timeline lines to store.             ----

    /**
     * 受理: a clerk of the owning department accepts the application. The rest of the matter's process is laid
     * out as tasks: the review stages one after the other; for a parallel matter (并联审批, 第六条) a branch per
     * department, the 前置 ones first; the decision last. {@code departments} resolves the process's codes.
     */
    public List<StatusChange> accept(Account clerk, Map<String, Department> departments, OffsetDateTime now,
                                     String sourceAddress, String opinion, DeadlineRules rules) {
        Task acceptance = activeTask(TaskKind.ACCEPTANCE, clerk);
        List<StatusChange> lines = new ArrayList<>();
        lines.add(moveTo(ApplicationStatus.ACCEPTED, Step.ACCEPTED, clerk, now, sourceAddress, opinion, null, true, null));
        acceptance.complete(clerk, null, opinion, now);
        this.acceptedAt = now;
        // 行政许可法 第四十二条: the time limits run from acceptance, due on the n-th working day after that day
        var content = matterVersion.getContent();
        LocalDate day = DeadlineRules.day(now);
        this.promised = WorkingClock.start(day, content.promisedDays(), rules.calendar());
        this.statutory = WorkingClock.start(day, content.statutoryDays(), rules.calendar());
        var process = matterVersion.getContent().process();
        var stages = process.stages();
        int sequence = 1;
        for (int i = 1; i < stages.size() - 1; i++) {
            var stage = stages.get(i);
            tasks.add(new Task(this, sequence++, TaskKind.REVIEW, stage.name(), department(departments, stage.department()),
                    Role.valueOf(stage.role()), false, stage.days()));
        }
        for (var branch : process.parallelBranches()) {
            tasks.add(new Task(this, sequence++, TaskKind.BRANCH, branch.name(), department(departments, branch.department()),
                    Role.REVIEWER, branch.prerequisite(), branch.days()));
        }
        var last = stages.get(stages.size() - 1);
        tasks.add(new Task(this, sequence, TaskKind.DECISION, last.name(), department, Role.APPROVER, false, last.days()));
        route(now, rules);
        return lines;
    }

    /** 不予受理: the clerk refuses, with the reason and its legal basis (行政许可法 第三十二条). */
    public List<StatusChange> refuse(Account clerk, String reason, String legalBasis, OffsetDateTime now, String sourceAddress) {
        Task acceptance = activeTask(TaskKind.ACCEPTANCE, clerk);
        required(reason, "reason");
        required(legalBasis, "legalBasis");
        acceptance.complete(clerk, false, reason, now);
        tasks.forEach(Task::cancel);
        return List.of(moveTo(ApplicationStatus.NOT_ACCEPTED, Step.NOT_ACCEPTED, clerk, now, sourceAddress, reason, legalBasis,
                true, null));
    }

    /**
     * 补正: the staff member holding a task of the application asks for missing materials or fields; every
     * task stops until the applicant resubmits. A branch department asks through the owning department,
     * which the timeline records (第六条: 牵头部门统一告知).
     */
    public List<StatusChange> requestCorrection(Account staff, String items, OffsetDateTime now, String sourceAddress,
                                               DeadlineRules rules) {
        required(items, "items");
        Task task = tasks.stream().filter(t -> t.getStatus().isActive() && t.getKind() != TaskKind.DECISION && t.isFor(staff))
                .findFirst().orElseThrow(() -> BusinessException.forbidden("task.notYours", receiptNumber.value()));
        ApplicationStatus returnTo = status == ApplicationStatus.SUBMITTED ? ApplicationStatus.SUBMITTED : ApplicationStatus.UNDER_REVIEW;
        String via = task.getKind() == TaskKind.BRANCH ? task.getName() : null;
        StatusChange line = moveTo(ApplicationStatus.CORRECTION_REQUESTED, Step.CORRECTION_REQUESTED, staff, now, sourceAddress,
                items, null, true, via);
        this.correctionReturnsTo = returnTo;
        this.correctionItems = items.strip();
        // 补正: the time limits stop until the applicant resubmits (行政许可法 第四十二条)
        LocalDate day = DeadlineRules.day(now);
        tasks.forEach(t -> t.suspend(day, rules));
        stopClocks(day, rules);
        return List.of(line);
    }

    /** The applicant hands in the corrections; the stopped tasks carry on where they were. */
    public List<StatusChange> resubmit(Account by, JsonObject correctedForm, OffsetDateTime now, String sourceAddress,
                                      DeadlineRules rules) {
        requireApplicant(by);
        if (status != ApplicationStatus.CORRECTION_REQUESTED) {
            throw BusinessException.conflict("application.illegalTransition", receiptNumber.value(), status, correctionReturnsTo);
        }
        this.formData = Objects.requireNonNull(correctedForm).toString();
        StatusChange line = moveTo(correctionReturnsTo, Step.RESUBMITTED, by, now, sourceAddress, null, null, true, null);
        this.correctionRounds++;
        this.correctionItems = null;
        this.correctionReturnsTo = null;
        LocalDate day = DeadlineRules.day(now);
        tasks.forEach(t -> t.resume(day, rules));
        if (clocksStopped()) {
            // a special procedure not counted in the time limit still holds the clocks
            tasks.forEach(t -> t.stopClock(day, rules));
        } else {
            restartClocks(day, rules);
        }
        return List.of(line);
    }

    /** A reviewer of the owning department finishes a review stage with an opinion (inside the departments). */
    public List<StatusChange> review(Account reviewer, long taskId, String opinion, OffsetDateTime now, String sourceAddress,
                                     DeadlineRules rules) {
        Task task = task(taskId, TaskKind.REVIEW, reviewer);
        required(opinion, "opinion");
        List<StatusChange> lines = new ArrayList<>(startReview(reviewer, now, sourceAddress));
        task.complete(reviewer, null, opinion, now);
        lines.add(line(now, status, Step.REVIEWED, reviewer, reviewer.getDepartment(), sourceAddress, opinion, null, false, task.getName()));
        route(now, rules);
        return lines;
    }

    /** A branch department gives its opinion: agrees or disagrees (并联审批, 第六条). */
    public List<StatusChange> examineBranch(Account staff, long taskId, boolean agree, String opinion, OffsetDateTime now,
                                           String sourceAddress, DeadlineRules rules) {
        Task task = task(taskId, TaskKind.BRANCH, staff);
        required(opinion, "opinion");
        List<StatusChange> lines = new ArrayList<>(startReview(staff, now, sourceAddress));
        task.complete(staff, agree, opinion, now);
        lines.add(line(now, status, agree ? Step.BRANCH_AGREED : Step.BRANCH_DISAGREED, staff, task.getDepartment(),
                sourceAddress, opinion, null, false, task.getName()));
        route(now, rules);
        return lines;
    }

    /** 准予 / 不予许可: the owning department's leader decides, once every review and branch is in. */
    public List<StatusChange> decide(Account approver, boolean approve, String opinion, String legalBasis, OffsetDateTime now,
                                     String sourceAddress, DeadlineRules rules) {
        Task decision = activeTask(TaskKind.DECISION, approver);
        required(opinion, "opinion");
        required(legalBasis, "legalBasis");
        decision.complete(approver, approve, opinion, now);
        recordPunctuality(DeadlineRules.day(now), rules.calendar());
        return List.of(moveTo(approve ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED,
                approve ? Step.APPROVED : Step.REJECTED, approver, now, sourceAddress, opinion, legalBasis, true, null));
    }

    /** 办结: the owning department's clerk closes the decided application (the result has been delivered). */
    public List<StatusChange> complete(Account clerk, String note, OffsetDateTime now, String sourceAddress) {
        if (!(clerk.hasRole(Role.CLERK) || clerk.hasRole(Role.PARTNER)) || !clerk.belongsTo(department)) {
            throw BusinessException.forbidden("application.notYourDepartment", receiptNumber.value());
        }
        return List.of(moveTo(ApplicationStatus.COMPLETED, Step.COMPLETED, clerk, now, sourceAddress, note, null, true, null));
    }

    /** The applicant withdraws the application before the decision. */
    public List<StatusChange> withdraw(Account by, String reason, OffsetDateTime now, String sourceAddress) {
        requireApplicant(by);
        StatusChange line = moveTo(ApplicationStatus.WITHDRAWN, Step.WITHDRAWN, by, now, sourceAddress, reason, null, true, null);
        tasks.forEach(Task::cancel);
        promised.finish();
        statutory.finish();
        return List.of(line);
    }

    /** 听证、检验、专家评审: staff of the owning department start a special procedure during the review. */
    public List<StatusChange> startSpecialProcedure(Account staff, SpecialProcedure procedure, String note, OffsetDateTime now,
                                                    String sourceAddress, DeadlineRules rules) {
        requireReviewStaff(staff);
        if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.UNDER_REVIEW) {
            throw BusinessException.conflict("application.noSpecialProcedureNow", receiptNumber.value(), status);
        }
        if (specialProcedure != null) {
            throw BusinessException.conflict("application.specialProcedureRunning", receiptNumber.value(), specialProcedure);
        }
        this.specialProcedure = Objects.requireNonNull(procedure);
        this.specialProcedureSince = now;
        if (clocksStopped()) {
            // 行政许可法 第四十五条: the time of 听证、检验、专家评审 is not counted unless the matter counts it
            LocalDate day = DeadlineRules.day(now);
            tasks.forEach(t -> t.stopClock(day, rules));
            stopClocks(day, rules);
        }
        return List.of(line(now, status, Step.SPECIAL_PROCEDURE_STARTED, staff, staff.getDepartment(), sourceAddress, note, null,
                true, procedure.name()));
    }

    public List<StatusChange> endSpecialProcedure(Account staff, String note, OffsetDateTime now, String sourceAddress,
                                                  DeadlineRules rules) {
        requireReviewStaff(staff);
        if (specialProcedure == null) {
            throw BusinessException.conflict("application.noSpecialProcedure", receiptNumber.value());
        }
        String procedure = specialProcedure.name();
        this.specialProcedure = null;
        this.specialProcedureSince = null;
        if (status != ApplicationStatus.CORRECTION_REQUESTED) {
            LocalDate day = DeadlineRules.day(now);
            tasks.stream().filter(t -> t.getStatus().isActive()).forEach(t -> t.restartClock(day, rules));
            restartClocks(day, rules);
        }
        return List.of(line(now, status, Step.SPECIAL_PROCEDURE_ENDED, staff, staff.getDepartment(), sourceAddress, note, null,
                true, procedure));
    }

    /**
     * Opens what may start now: each review stage after the one before it; the branches once every 前置 branch
     * has answered (the 前置 ones at once); the decision after every review stage and branch.
     */
    private void route(OffsetDateTime now, DeadlineRules rules) {
        boolean reviewsDone = true;
        for (Task review : tasksOf(TaskKind.REVIEW)) {
            if (review.getStatus() == TaskStatus.WAITING && reviewsDone) {
                open(review, now, rules);
            }
            reviewsDone &= review.getStatus() == TaskStatus.DONE;
        }
        List<Task> branches = tasksOf(TaskKind.BRANCH);
        boolean prerequisitesDone = branches.stream().filter(Task::isPrerequisite).allMatch(t -> t.getStatus() == TaskStatus.DONE);
        for (Task branch : branches) {
            if (branch.getStatus() == TaskStatus.WAITING && (branch.isPrerequisite() || prerequisitesDone)) {
                open(branch, now, rules);
            }
        }
        boolean branchesDone = branches.stream().allMatch(t -> t.getStatus() == TaskStatus.DONE);
        for (Task decision : tasksOf(TaskKind.DECISION)) {
            if (decision.getStatus() == TaskStatus.WAITING && reviewsDone && branchesDone) {
                open(decision, now, rules);
            }
        }
    }

    /** Opens a task with its own clock (each parallel branch has its own), stopped at once if the application's is. */
    private void open(Task task, OffsetDateTime now, DeadlineRules rules) {
        task.open(now, rules);
        if (clocksStopped()) {
            task.stopClock(DeadlineRules.day(now), rules);
        }
    }

    // ---- The clocks (行政许可法 第四十二、四十五条) ----

    /** Whether the time limits stand still now: during 补正, and during a special procedure the matter does not count. */
    private boolean clocksStopped() {
        return status == ApplicationStatus.CORRECTION_REQUESTED
                || specialProcedure != null && !matterVersion.getContent().specialProceduresCounted();
    }

    private void stopClocks(LocalDate day, DeadlineRules rules) {
        promised.suspend(day, rules.calendar());
        statutory.suspend(day, rules.calendar());
    }

    private void restartClocks(LocalDate day, DeadlineRules rules) {
        promised.resume(day, rules.calendar());
        statutory.resume(day, rules.calendar());
    }

    /**
     * On the decision: the working days used (from acceptance to decision, suspensions not counted) and whether the
     * promise was kept. Left empty if the day's year is not published rather than guessed.
     */
    private void recordPunctuality(LocalDate day, WorkingCalendar calendar) {
        if (!promised.isStarted()) {
            return;
        }
        try {
            int left = promised.remainingOn(day, calendar);
            this.daysUsed = matterVersion.getContent().promisedDays() - left;
            this.onTime = left >= 0;
            promised.finish(day, calendar);
            statutory.finish(day, calendar);
        } catch (BusinessException e) {
            promised.finish();
            statutory.finish();
        }
    }

    /** A year was published: the provisional due days of the application and its tasks can now be computed. */
    public void recomputeDeadlines(DeadlineRules rules) {
        promised.recompute(rules.calendar());
        statutory.recompute(rules.calendar());
        tasks.forEach(t -> t.recomputeDeadline(rules));
    }

    /** The promised working days left on {@code day} (negative once late), null if unknown or not accepted yet. */
    public Integer promisedDaysLeft(LocalDate day, WorkingCalendar calendar) {
        return promised.daysLeft(day, calendar);
    }

    /** The first reviewer or branch at work turns 已受理 into 审查中. */
    private List<StatusChange> startReview(Account staff, OffsetDateTime now, String sourceAddress) {
        if (status == ApplicationStatus.ACCEPTED) {
            return List.of(moveTo(ApplicationStatus.UNDER_REVIEW, Step.REVIEW_STARTED, staff, now, sourceAddress, null, null, true,
                    null));
        }
        return List.of();
    }

    private Task activeTask(TaskKind kind, Account staff) {
        Task task = tasksOf(kind).stream().filter(t -> t.getStatus().isActive()).findFirst()
                .orElseThrow(() -> BusinessException.conflict("application.illegalStep", receiptNumber.value(), status));
        task.requireFor(staff);
        return task;
    }

    private Task task(long taskId, TaskKind kind, Account staff) {
        Task task = tasks.stream().filter(t -> t.getId() != null && t.getId() == taskId && t.getKind() == kind).findFirst()
                .orElseThrow(() -> BusinessException.notFound("task.unknown", taskId));
        task.requireFor(staff);
        if (!task.getStatus().isActive()) {
            throw BusinessException.conflict("task.alreadyHandled", taskId);
        }
        return task;
    }

    private List<Task> tasksOf(TaskKind kind) {
        return tasks.stream().filter(t -> t.getKind() == kind).sorted(Comparator.comparingInt(Task::getSequence)).toList();
    }

    private void requireApplicant(Account by) {
        if (!isOwnedBy(by)) {
            throw BusinessException.notFound("application.unknown", receiptNumber.value());
        }
    }

    private void requireReviewStaff(Account staff) {
        if (!staff.belongsTo(department)
                || !(staff.hasRole(Role.REVIEWER) || staff.hasRole(Role.APPROVER) || staff.hasRole(Role.PARTNER))) {
            throw BusinessException.forbidden("application.notYourDepartment", receiptNumber.value());
        }
    }

    private static Department department(Map<String, Department> departments, String code) {
        Department department = departments.get(code);
        if (department == null) {
            throw new IllegalStateException("The process names an unknown department " + code);
        }
        return department;
    }

    private static void required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalidFields(List.of(new Violation(field, "field.required")));
        }
        if (text.length() > 2000) {
            throw BusinessException.invalidFields(List.of(new Violation(field, "field.tooLong", 2000)));
        }
    }

    private StatusChange moveTo(ApplicationStatus target, Step step, Account actor, OffsetDateTime now, String sourceAddress,
                                String opinion, String legalBasis, boolean opinionPublic, String taskName) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("application.illegalTransition", receiptNumber.value(), status, target);
        }
        ApplicationStatus from = status;
        this.status = target;
        this.updatedAt = now;
        return new StatusChange(this, now, from, target, step, actor, actor.getDepartment(), sourceAddress,
                blankToNull(opinion), blankToNull(legalBasis), opinionPublic, taskName);
    }

    private StatusChange line(OffsetDateTime now, ApplicationStatus from, Step step, Account actor, Department at,
                              String sourceAddress, String opinion, String legalBasis, boolean opinionPublic, String taskName) {
        this.updatedAt = now;
        return new StatusChange(this, now, from, status, step, actor, at, sourceAddress, blankToNull(opinion),
                blankToNull(legalBasis), opinionPublic, taskName);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isOwnedBy(Account account) {
        return applicant.getId().equals(account.getId());
    }

    public boolean isHandledBy(Account staff) {
        return staff.belongsTo(department);
    }

    /** Whether the account is the applicant, or staff of the owning department or of a branch department. */
    public boolean involves(Account account) {
        return isOwnedBy(account) || isHandledBy(account) || tasks.stream().anyMatch(t -> account.belongsTo(t.getDepartment()));
    }

    public Long getId() {
        return id;
    }

    public ReceiptNumber getReceiptNumber() {
        return receiptNumber;
    }

    public Matter getMatter() {
        return matter;
    }

    public Department getDepartment() {
        return department;
    }

    public MatterVersion getMatterVersion() {
        return matterVersion;
    }

    /** The submitted form's values. */
    public JsonObject getForm() {
        try (var reader = Json.createReader(new StringReader(formData))) {
            return reader.readObject();
        }
    }

    public Account getApplicant() {
        return applicant;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The query code issued by this transaction, or null: the code is never read back from the database. */
    public String getIssuedQueryCode() {
        return issuedQueryCode == null ? null : issuedQueryCode.value();
    }

    public List<Task> getTasks() {
        return Collections.unmodifiableList(tasks);
    }

    /** The acceptance task (受理), with its own clock from submission. */
    public Task getAcceptanceTask() {
        return tasks.stream().filter(t -> t.getKind() == TaskKind.ACCEPTANCE).findFirst().orElse(null);
    }

    public String getCorrectionItems() {
        return correctionItems;
    }

    public int getCorrectionRounds() {
        return correctionRounds;
    }

    public SpecialProcedure getSpecialProcedure() {
        return specialProcedure;
    }

    public OffsetDateTime getSpecialProcedureSince() {
        return specialProcedureSince;
    }

    /**
     * The promised due day the applicant can expect (承诺时限): once accepted, the application's own; before that,
     * the day it would fall due if accepted on the day of submission. Null while the calendar of a year it reaches
     * is not published, rather than a guess.
     */
    public LocalDate expectedPromisedDue(WorkingCalendar calendar) {
        if (promised.isStarted()) {
            return promised.dueOn();
        }
        try {
            return calendar.addWorkingDays(DeadlineRules.day(submittedAt), matterVersion.getContent().promisedDays());
        } catch (BusinessException unpublished) {
            return null;
        }
    }

    /** The promised due day; null before acceptance or while provisional. */
    public LocalDate getPromisedDue() {
        return promised.dueOn();
    }

    public boolean isPromisedDueProvisional() {
        return promised.isProvisional();
    }

    public LocalDate getStatutoryDue() {
        return statutory.dueOn();
    }

    public boolean isStatutoryDueProvisional() {
        return statutory.isProvisional();
    }

    /** Whether the time limits stand still (补正, or a special procedure not counted). */
    public boolean isClockStopped() {
        return promised.isSuspended();
    }

    public Integer getDaysUsed() {
        return daysUsed;
    }

    public Boolean getOnTime() {
        return onTime;
    }
}
