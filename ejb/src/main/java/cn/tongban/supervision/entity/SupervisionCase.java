package cn.tongban.supervision.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.Task;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
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
import java.util.List;
import java.util.Objects;

/**
 * A supervision case (效能监察, 第二十七条): one violation by one department, the notices issued for it and the
 * department's replies. Its status changes only through the methods here, each checked against
 * {@link CaseStatus#mayMoveTo}, and each yields the {@link CaseEvent} the caller stores in the same transaction.
 *
 * <p>A case the system detects carries a detection key (kind and what it is about), unique in the table, so
 * that a repeated alert, a second sweep or a second node never records it twice.
 */
@Entity
@Table(name = "supervision_case")
@NamedQuery(name = SupervisionCase.FIND_BY_NUMBER, query = """
        SELECT c FROM SupervisionCase c JOIN FETCH c.department WHERE c.number = :number""")
@NamedQuery(name = SupervisionCase.FIND_BY_DETECTION_KEY, query = """
        SELECT c FROM SupervisionCase c WHERE c.detectionKey = :key""")
@NamedQuery(name = SupervisionCase.FIND_BY_DEPARTMENT, query = """
        SELECT c FROM SupervisionCase c JOIN FETCH c.department
        WHERE c.department = :department AND c.noticesIssued > 0 ORDER BY c.updatedAt DESC, c.id DESC""")
@NamedQuery(name = SupervisionCase.COUNT_AWAITING_REPLY, query = """
        SELECT COUNT(c) FROM SupervisionCase c WHERE c.department = :department
        AND c.status = cn.tongban.supervision.entity.CaseStatus.NOTICE_ISSUED""")
public class SupervisionCase {

    public static final String FIND_BY_NUMBER = "SupervisionCase.findByNumber";
    public static final String FIND_BY_DETECTION_KEY = "SupervisionCase.findByDetectionKey";
    public static final String FIND_BY_DEPARTMENT = "SupervisionCase.findByDepartment";
    public static final String COUNT_AWAITING_REPLY = "SupervisionCase.countAwaitingReply";

    public static final TextRule FACTS = new TextRule("facts", "supervision.facts", 5, 2000, true);
    public static final TextRule REPLY = new TextRule("reply", "supervision.reply", 5, 2000, true);
    public static final TextRule CONCLUSION = new TextRule("conclusion", "supervision.conclusion", 2, 2000, true);
    public static final TextRule RETURN_REASON = new TextRule("reason", "supervision.returnReason", 2, 1000, true);

    @Id
    @SequenceGenerator(name = "supervision_case_seq", sequenceName = "supervision_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_case_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(name = "receipt_number", length = 64)
    private String receiptNumber;

    @Column(name = "detection_key", length = 200)
    private String detectionKey;

    @Column(nullable = false)
    private boolean detected;

    @Column(name = "detected_at", nullable = false)
    private OffsetDateTime detectedAt;

    @Column(nullable = false, length = 4000)
    private String facts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "notices_issued", nullable = false)
    private int noticesIssued;

    @Column(length = 2000)
    private String conclusion;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected SupervisionCase() {
    }

    private SupervisionCase(CaseKind kind, Department department, String facts, OffsetDateTime now) {
        this.kind = Objects.requireNonNull(kind);
        this.department = Objects.requireNonNull(department);
        this.facts = Objects.requireNonNull(facts);
        this.detectedAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        this.status = CaseStatus.OPEN;
    }

    /** What a detected case is about: an application, perhaps one of its tasks, or only a receipt number. */
    public record Subject(Application application, Task task, String receiptNumber) {
        public static Subject of(Task task) {
            return new Subject(task.getApplication(), task, task.getApplication().getReceiptNumber().value());
        }

        public static Subject of(Application application) {
            return new Subject(application, null, application.getReceiptNumber().value());
        }

        public static Subject receipt(String receiptNumber) {
            return new Subject(null, null, receiptNumber);
        }
    }

    /** A case the system found, with the key that makes it found once. */
    public static SupervisionCase detect(CaseKind kind, Department department, Subject subject, String detectionKey,
                                         String facts, OffsetDateTime now) {
        if (!kind.isDetected()) {
            throw new IllegalArgumentException(kind + " is not detected by the system");
        }
        SupervisionCase c = new SupervisionCase(kind, department, facts, now);
        c.detected = true;
        c.detectionKey = Objects.requireNonNull(detectionKey);
        c.about(subject);
        return c;
    }

    /** A case an office records by hand, on the facts it found; any kind, perhaps about an application. */
    public static SupervisionCase open(CaseKind kind, Department department, Application application, String facts,
                                       OffsetDateTime now) {
        SupervisionCase c = new SupervisionCase(kind, department, facts, now);
        c.detected = false;
        if (application != null) {
            c.about(Subject.of(application));
        }
        return c;
    }

    private void about(Subject subject) {
        this.application = subject.application();
        this.task = subject.task();
        this.receiptNumber = subject.receiptNumber();
    }

    /**
     * Gives the stored case its number, {@code JC-<year>-<id>} (监察), once its id is known: counted by the
     * sequence, so unique across nodes without a counter of its own.
     */
    public void number() {
        if (number == null) {
            number = String.format("JC-%d-%06d", detectedAt.atZoneSameInstant(Clocks.CHINA).getYear(),
                    Objects.requireNonNull(id, "not stored yet"));
        }
    }

    /** The first line of the history: found by the system, or recorded by someone. */
    public CaseEvent recorded(Account by, String sourceAddress) {
        return new CaseEvent(this, detectedAt, detected ? CaseAction.DETECTED : CaseAction.OPENED, by, sourceAddress,
                facts);
    }

    /**
     * One office drafts a notice (第二十七条: 由市行政服务管理办公室会同市监察部门发出); it goes out only when the
     * other office has co-signed it ({@link #cosign}). {@code sequence} is the number of notices the case has had.
     */
    public SupervisionNotice draftNotice(Account drafter, Role office, SupervisionNoticeKind kind, String requirement,
                                         LocalDate rectifyBy, int sequence, String verificationCode, OffsetDateTime now) {
        requireOffice(office);
        if (status != CaseStatus.OPEN && status != CaseStatus.REPLIED) {
            throw BusinessException.conflict("supervision.noNoticeNow", number, status);
        }
        if (kind.setsDeadline() && rectifyBy == null) {
            throw BusinessException.invalid("supervision.rectifyByRequired");
        }
        if (rectifyBy != null && !rectifyBy.isAfter(now.atZoneSameInstant(Clocks.CHINA).toLocalDate())) {
            throw BusinessException.invalid("supervision.rectifyByPast");
        }
        SupervisionNotice notice = new SupervisionNotice(this, sequence, kind, requirement,
                kind.setsDeadline() ? rectifyBy : null, drafter, office, verificationCode, now);
        moveTo(CaseStatus.NOTICE_DRAFTED, now);
        return notice;
    }

    /** The other office co-signs the draft: the notice is issued to the department. */
    public CaseEvent cosign(SupervisionNotice draft, Account cosigner, Role office, OffsetDateTime now, String sourceAddress) {
        requireOffice(office);
        requireDraftOf(draft);
        if (draft.getDraftedByRole() == office) {
            throw BusinessException.forbidden("supervision.sameOffice", number);
        }
        draft.issue(cosigner, now);
        moveTo(CaseStatus.NOTICE_ISSUED, now);
        noticesIssued++;
        return new CaseEvent(this, now, CaseAction.NOTICE_ISSUED, cosigner, sourceAddress, draft.getNumber());
    }

    /** Either office returns (or withdraws) the draft with a reason; the case goes back to where it was. */
    public CaseEvent returnDraft(SupervisionNotice draft, Account by, Role office, String reason, OffsetDateTime now,
                                 String sourceAddress) {
        requireOffice(office);
        requireDraftOf(draft);
        draft.returned();
        moveTo(noticesIssued == 0 ? CaseStatus.OPEN : CaseStatus.REPLIED, now);
        return new CaseEvent(this, now, CaseAction.NOTICE_RETURNED, by, sourceAddress, draft.getNumber() + "：" + reason);
    }

    /** The department replies to the notice with its rectification (整改情况); its business owner or leader. */
    public CaseEvent reply(Account staff, String reply, OffsetDateTime now, String sourceAddress) {
        if (!isOf(staff)) {
            throw BusinessException.notFound("supervision.unknown", number);
        }
        if (status != CaseStatus.NOTICE_ISSUED) {
            throw BusinessException.conflict("supervision.noReplyNow", number);
        }
        moveTo(CaseStatus.REPLIED, now);
        return new CaseEvent(this, now, CaseAction.REPLIED, staff, sourceAddress, Objects.requireNonNull(reply));
    }

    /** An office closes the case with its conclusion: after the reply, or at once when no notice is called for. */
    public CaseEvent close(Account by, Role office, String conclusion, OffsetDateTime now, String sourceAddress) {
        requireOffice(office);
        if (!status.mayMoveTo(CaseStatus.CLOSED)) {
            throw BusinessException.conflict("supervision.noCloseNow", number, status);
        }
        moveTo(CaseStatus.CLOSED, now);
        this.conclusion = Objects.requireNonNull(conclusion);
        this.closedAt = now;
        return new CaseEvent(this, now, CaseAction.CLOSED, by, sourceAddress, conclusion);
    }

    public CaseEvent drafted(SupervisionNotice notice, Account by, String sourceAddress) {
        return new CaseEvent(this, notice.getDraftedAt(), CaseAction.NOTICE_DRAFTED, by, sourceAddress,
                notice.getNumber() + "：" + notice.getRequirement());
    }

    private void requireDraftOf(SupervisionNotice draft) {
        if (status != CaseStatus.NOTICE_DRAFTED || draft == null || !draft.isDraft() || draft.getSupervisionCase() != this) {
            throw BusinessException.conflict("supervision.noDraft", number);
        }
    }

    private static void requireOffice(Role office) {
        if (office != Role.SERVICE_OFFICE && office != Role.SUPERVISOR) {
            throw BusinessException.forbidden("supervision.officesOnly");
        }
    }

    private void moveTo(CaseStatus target, OffsetDateTime now) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("supervision.illegalTransition", number, status, target);
        }
        this.status = target;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Whether the staff member belongs to the department the case is about, and so may read and answer it. */
    public boolean isOf(Account staff) {
        return staff != null && staff.belongsTo(department);
    }

    /** A department sees its cases once a notice has been issued; before that the case is the offices' business. */
    public boolean isVisibleTo(Account staff) {
        return isOf(staff) && noticesIssued > 0;
    }

    public List<String> getFactsLines() {
        return TextRule.lines(facts);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public CaseKind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public Application getApplication() {
        return application;
    }

    public Task getTask() {
        return task;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getDetectionKey() {
        return detectionKey;
    }

    public boolean isDetected() {
        return detected;
    }

    public OffsetDateTime getDetectedAt() {
        return detectedAt;
    }

    public String getFacts() {
        return facts;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public int getNoticesIssued() {
        return noticesIssued;
    }

    public String getConclusion() {
        return conclusion;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
