package cn.tongban.supervision.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.moderation.entity.TextRule;
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
 * A warning (警示) or rectification notice (整改通知) of a case (第二十七条): drafted by one office, issued when
 * the other has co-signed it (会同), and from then on never changed, so that its PDF reads the same whenever it
 * is printed. Numbered after its case: {@code JC-2026-000050-Z1} is the case's first notice, a 整改通知.
 */
@Entity
@Table(name = "supervision_notice")
@NamedQuery(name = SupervisionNotice.FIND_BY_CASE, query = """
        SELECT n FROM SupervisionNotice n WHERE n.supervisionCase = :supervisionCase ORDER BY n.sequence""")
@NamedQuery(name = SupervisionNotice.FIND_BY_NUMBER, query = """
        SELECT n FROM SupervisionNotice n JOIN FETCH n.supervisionCase c JOIN FETCH c.department WHERE n.number = :number""")
@NamedQuery(name = SupervisionNotice.COUNT_BY_CASE, query = """
        SELECT COUNT(n) FROM SupervisionNotice n WHERE n.supervisionCase = :supervisionCase""")
public class SupervisionNotice {

    public static final String FIND_BY_CASE = "SupervisionNotice.findByCase";
    public static final String FIND_BY_NUMBER = "SupervisionNotice.findByNumber";
    public static final String COUNT_BY_CASE = "SupervisionNotice.countByCase";

    public static final TextRule REQUIREMENT = new TextRule("requirement", "supervision.requirement", 5, 2000, true);

    public enum Status { DRAFT, ISSUED, RETURNED }

    @Id
    @SequenceGenerator(name = "supervision_notice_seq", sequenceName = "supervision_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_notice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private SupervisionCase supervisionCase;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupervisionNoticeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false, length = 4000)
    private String requirement;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    @Column(name = "drafted_at", nullable = false)
    private OffsetDateTime draftedAt;

    @Column(name = "drafted_by_id", nullable = false)
    private Long draftedById;

    @Column(name = "drafted_by_name", nullable = false, length = 200)
    private String draftedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "drafted_by_role", nullable = false, length = 32)
    private Role draftedByRole;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "cosigned_by_id")
    private Long cosignedById;

    @Column(name = "cosigned_by_name", length = 200)
    private String cosignedByName;

    @Column(name = "verification_code", nullable = false, length = 16)
    private String verificationCode;

    @Column(name = "department_name", nullable = false, length = 200)
    private String departmentName;

    @Version
    private long version;

    protected SupervisionNotice() {
    }

    SupervisionNotice(SupervisionCase supervisionCase, int sequence, SupervisionNoticeKind kind, String requirement,
                      LocalDate rectifyBy, Account drafter, Role office, String verificationCode, OffsetDateTime now) {
        this.supervisionCase = Objects.requireNonNull(supervisionCase);
        this.sequence = sequence;
        this.kind = Objects.requireNonNull(kind);
        this.number = supervisionCase.getNumber() + "-" + kind.letter() + sequence;
        this.status = Status.DRAFT;
        this.requirement = Objects.requireNonNull(requirement);
        this.rectifyBy = rectifyBy;
        this.draftedAt = Objects.requireNonNull(now);
        this.draftedById = drafter.getId();
        this.draftedByName = drafter.getDisplayName();
        this.draftedByRole = Objects.requireNonNull(office);
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.departmentName = supervisionCase.getDepartment().getName();
    }

    void issue(Account cosigner, OffsetDateTime now) {
        this.status = Status.ISSUED;
        this.issuedAt = Objects.requireNonNull(now);
        this.cosignedById = cosigner.getId();
        this.cosignedByName = cosigner.getDisplayName();
    }

    void returned() {
        this.status = Status.RETURNED;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public boolean isIssued() {
        return status == Status.ISSUED;
    }

    public List<String> getRequirementLines() {
        return TextRule.lines(requirement);
    }

    public Long getId() {
        return id;
    }

    public SupervisionCase getSupervisionCase() {
        return supervisionCase;
    }

    public int getSequence() {
        return sequence;
    }

    public String getNumber() {
        return number;
    }

    public SupervisionNoticeKind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequirement() {
        return requirement;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public OffsetDateTime getDraftedAt() {
        return draftedAt;
    }

    public String getDraftedByName() {
        return draftedByName;
    }

    public Role getDraftedByRole() {
        return draftedByRole;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getCosignedByName() {
        return cosignedByName;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }
}
