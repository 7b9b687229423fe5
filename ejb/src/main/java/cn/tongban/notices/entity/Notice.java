package cn.tongban.notices.entity;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.StatusChange;
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

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A notice issued to the applicant by a step of the application (结果反馈, 第四条). Written once, never
 * changed: the names it states are kept as they were on the day, and the PDF is printed from this record and
 * its timeline line, so that it reads the same whenever it is downloaded.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.FIND_BY_NUMBER, query = """
        SELECT n FROM Notice n JOIN FETCH n.application a JOIN FETCH n.statusChange WHERE n.number = :number""")
@NamedQuery(name = Notice.FIND_BY_STATUS_CHANGE, query = "SELECT n FROM Notice n WHERE n.statusChange.id = :statusChange")
@NamedQuery(name = Notice.FIND_BY_APPLICANT, query = """
        SELECT n FROM Notice n WHERE n.application.applicant = :applicant ORDER BY n.issuedAt, n.id""")
@NamedQuery(name = Notice.FIND_BY_APPLICATION, query = """
        SELECT n FROM Notice n WHERE n.application = :application ORDER BY n.sequence""")
@NamedQuery(name = Notice.LAST_SEQUENCE, query = """
        SELECT COALESCE(MAX(n.sequence), 0) FROM Notice n WHERE n.application = :application""")
public class Notice {

    public static final String FIND_BY_NUMBER = "Notice.findByNumber";
    public static final String FIND_BY_STATUS_CHANGE = "Notice.findByStatusChange";
    public static final String FIND_BY_APPLICANT = "Notice.findByApplicant";
    public static final String FIND_BY_APPLICATION = "Notice.findByApplication";
    public static final String LAST_SEQUENCE = "Notice.lastSequence";

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private NoticeKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(nullable = false)
    private int sequence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "status_change_id", nullable = false)
    private StatusChange statusChange;

    @Column(name = "receipt_number", nullable = false, length = 64)
    private String receiptNumber;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "verification_code", nullable = false, length = 16)
    private String verificationCode;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(name = "matter_name", nullable = false, length = 200)
    private String matterName;

    @Column(name = "department_name", nullable = false, length = 200)
    private String departmentName;

    protected Notice() {
    }

    private Notice(NoticeKind kind, Application application, StatusChange line, int sequence, String verificationCode) {
        this.kind = Objects.requireNonNull(kind);
        this.application = Objects.requireNonNull(application);
        this.statusChange = Objects.requireNonNull(line);
        this.sequence = sequence;
        this.receiptNumber = application.getReceiptNumber().value();
        this.number = number(receiptNumber, sequence);
        this.issuedAt = line.getOccurredAt();
        this.verificationCode = verificationCode;
        this.applicantName = application.getApplicant().getDisplayName();
        this.matterName = application.getMatter().getName();
        this.departmentName = application.getDepartment().getName();
    }

    /**
     * The notice a timeline line issues. {@code sequence} counts the application's notices from 1; the
     * caller holds the application's lock, so that two steps never draw the same number.
     */
    public static Notice issue(NoticeKind kind, Application application, StatusChange line, int sequence,
                               RandomGenerator random) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        return new Notice(kind, application, line, sequence, VerificationCode.issue(random));
    }

    /** The notice's number: the receipt number it belongs to and its place among that application's notices. */
    public static String number(String receiptNumber, int sequence) {
        return receiptNumber + "-N" + sequence;
    }

    public boolean isVerifiedBy(String code) {
        return VerificationCode.matches(verificationCode, code);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public Application getApplication() {
        return application;
    }

    public int getSequence() {
        return sequence;
    }

    public StatusChange getStatusChange() {
        return statusChange;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getMatterName() {
        return matterName;
    }

    public String getDepartmentName() {
        return departmentName;
    }
}
