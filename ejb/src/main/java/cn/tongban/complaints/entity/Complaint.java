package cn.tongban.complaints.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.consultation.entity.AccessCode;
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
 * A complaint or report (投诉、检举, 第十二条) about a department, perhaps one of its staff, and how the
 * supervision department handled it. The time limits are fixed when they start — registration at filing,
 * the answer at registration — so that a later change of the configured limits does not move them, and every
 * list can tell the overdue ones in its query.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = Complaint.FIND_BY_NUMBER, query = """
        SELECT c FROM Complaint c JOIN FETCH c.department WHERE c.number = :number""")
@NamedQuery(name = Complaint.FIND_BY_STATUS, query = """
        SELECT c FROM Complaint c JOIN FETCH c.department WHERE c.status IN :statuses ORDER BY c.filedAt, c.id""")
@NamedQuery(name = Complaint.FIND_OVERDUE, query = """
        SELECT c FROM Complaint c JOIN FETCH c.department
        WHERE (c.status = cn.tongban.complaints.entity.ComplaintStatus.FILED AND c.registerDue < :today)
           OR (c.status = cn.tongban.complaints.entity.ComplaintStatus.REGISTERED AND c.answerDue < :today)
        ORDER BY c.filedAt, c.id""")
public class Complaint {

    public static final String FIND_BY_NUMBER = "Complaint.findByNumber";
    public static final String FIND_BY_STATUS = "Complaint.findByStatus";
    public static final String FIND_OVERDUE = "Complaint.findOverdue";

    public static final TextRule CONTENT = new TextRule("content", "complaint.content", 10, 2000, true);
    public static final TextRule STAFF_NAME = new TextRule("staffName", "complaint.staffName", 0, 50, false);
    public static final TextRule NAME = new TextRule("name", "complaint.name", 0, 50, false);
    public static final TextRule ANSWER = new TextRule("answer", "complaint.answer", 5, 2000, true);
    public static final TextRule REASON = new TextRule("reason", "complaint.reason", 5, 1000, true);
    public static final TextRule NOTE = new TextRule("note", "complaint.note", 2, 2000, true);

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 24)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "staff_name", length = 100)
    private String staffName;

    @Column(name = "receipt_number", length = 64)
    private String receiptNumber;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "complainant_id")
    private Long complainantId;

    @Column(name = "complainant_name", length = 100)
    private String complainantName;

    @Column(length = 254)
    private String contact;

    @Column(name = "access_code_hash", nullable = false, length = 100)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintStatus status;

    @Column(name = "filed_at", nullable = false)
    private OffsetDateTime filedAt;

    @Column(name = "register_due", nullable = false)
    private LocalDate registerDue;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by_id")
    private Long registeredById;

    @Column(name = "registered_by_name", length = 200)
    private String registeredByName;

    @Column(name = "answer_due")
    private LocalDate answerDue;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by_id")
    private Long answeredById;

    @Column(name = "answered_by_name", length = 200)
    private String answeredByName;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Complaint() {
    }

    /** What the complainant states, already checked against the rules of each field. */
    public record Statement(ComplaintKind kind, String staffName, String receiptNumber, String content) {
        public Statement {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(content);
        }
    }

    /** Who complains: a signed-in account, or a visitor with an optional name and contact (a report may be anonymous). */
    public record Complainant(Long accountId, String name, String contact) {
        public static Complainant of(Account account) {
            return new Complainant(account.getId(), account.getDisplayName(), null);
        }
    }

    /**
     * 投诉、检举 (第十二条): filed now, to be registered by {@code registerDue} (a number of working days the
     * caller has counted on the official calendar).
     */
    public static Complaint file(String number, Department department, Statement statement, Complainant complainant,
                                 String accessCodeHash, OffsetDateTime now, LocalDate registerDue) {
        Complaint c = new Complaint();
        c.number = Objects.requireNonNull(number);
        c.department = Objects.requireNonNull(department);
        c.kind = statement.kind();
        c.staffName = statement.staffName();
        c.receiptNumber = statement.receiptNumber();
        c.content = statement.content();
        c.complainantId = complainant.accountId();
        c.complainantName = complainant.name();
        c.contact = complainant.contact();
        c.accessCodeHash = Objects.requireNonNull(accessCodeHash);
        c.status = ComplaintStatus.FILED;
        c.filedAt = Objects.requireNonNull(now);
        c.updatedAt = now;
        if (registerDue.isBefore(now.atZoneSameInstant(Clocks.CHINA).toLocalDate())) {
            throw new IllegalArgumentException("due before it was filed");
        }
        c.registerDue = registerDue;
        return c;
    }

    /** 受理登记: the supervision department takes it up, to answer by {@code answerDue}. */
    public void register(Account supervisor, OffsetDateTime now, LocalDate answerDue) {
        moveTo(ComplaintStatus.REGISTERED, now);
        this.registeredAt = now;
        this.registeredById = supervisor.getId();
        this.registeredByName = supervisor.getDisplayName();
        this.answerDue = Objects.requireNonNull(answerDue);
    }

    /** 不予受理: not the supervision department's to handle; the reason is the complainant's answer. */
    public void refuseRegistration(Account supervisor, String reason, OffsetDateTime now) {
        moveTo(ComplaintStatus.NOT_REGISTERED, now);
        this.registeredAt = now;
        this.registeredById = supervisor.getId();
        this.registeredByName = supervisor.getDisplayName();
        answered(supervisor, reason, now);
    }

    /** 答复: the outcome of the investigation, for the complainant. */
    public void answer(Account supervisor, String answer, OffsetDateTime now) {
        moveTo(ComplaintStatus.ANSWERED, now);
        answered(supervisor, answer, now);
    }

    /** A note of the investigation (调查), internal: only a registered complaint is investigated. */
    public ComplaintNote note(Account supervisor, String text, OffsetDateTime now) {
        if (status != ComplaintStatus.REGISTERED) {
            throw BusinessException.conflict("complaint.notUnderInvestigation", number);
        }
        this.updatedAt = now;
        return new ComplaintNote(this, supervisor, text, now);
    }

    private void answered(Account supervisor, String text, OffsetDateTime now) {
        this.answer = Objects.requireNonNull(text);
        this.answeredAt = now;
        this.answeredById = supervisor.getId();
        this.answeredByName = supervisor.getDisplayName();
    }

    private void moveTo(ComplaintStatus target, OffsetDateTime now) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("complaint.illegalTransition", number, status, target);
        }
        this.status = target;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Whether the typed access code is this complaint's; false for anything malformed. */
    public boolean opensWith(String typedAccessCode) {
        return AccessCode.matches(accessCodeHash, number, typedAccessCode);
    }

    public boolean isFiledBy(Account account) {
        return complainantId != null && account != null && complainantId.equals(account.getId());
    }

    /** Still waiting for registration after its last day. */
    public boolean isRegistrationOverdue(LocalDate today) {
        return status == ComplaintStatus.FILED && today.isAfter(registerDue);
    }

    /** Registered (or refused) after its last day. */
    public boolean isRegisteredLate() {
        return registeredAt != null && day(registeredAt).isAfter(registerDue);
    }

    /** Registered, and still not answered after its last day. */
    public boolean isAnswerOverdue(LocalDate today) {
        return status == ComplaintStatus.REGISTERED && today.isAfter(answerDue);
    }

    /** Answered after its last day. */
    public boolean isAnsweredLate() {
        return status == ComplaintStatus.ANSWERED && day(answeredAt).isAfter(answerDue);
    }

    /** Late now or late when it was handled: what the lists flag. */
    public boolean isLate(LocalDate today) {
        return isRegistrationOverdue(today) || isRegisteredLate() || isAnswerOverdue(today) || isAnsweredLate();
    }

    private static LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(Clocks.CHINA).toLocalDate();
    }

    public List<String> getContentLines() {
        return TextRule.lines(content);
    }

    public List<String> getAnswerLines() {
        return TextRule.lines(answer);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public String getStaffName() {
        return staffName;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getContent() {
        return content;
    }

    public Long getComplainantId() {
        return complainantId;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getContact() {
        return contact;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public LocalDate getRegisterDue() {
        return registerDue;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredByName() {
        return registeredByName;
    }

    public LocalDate getAnswerDue() {
        return answerDue;
    }

    public String getAnswer() {
        return answer;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
