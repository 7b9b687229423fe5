package cn.tongban.catalogue.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Objects;

/**
 * One version of a matter's guide, process and form. A version is edited only as a draft; after that it
 * moves along {@link VersionStatus} by the role each step belongs to, and an application keeps the version
 * it was made under for good.
 */
@Entity
@Table(name = "matter_version")
@NamedQuery(name = MatterVersion.FIND_BY_MATTER, query = """
        SELECT v FROM MatterVersion v WHERE v.matter = :matter ORDER BY v.number DESC""")
@NamedQuery(name = MatterVersion.FIND_OPEN_BY_MATTER, query = """
        SELECT v FROM MatterVersion v WHERE v.matter = :matter AND v.status IN :open""")
@NamedQuery(name = MatterVersion.FIND_BY_STATUS_AND_DEPARTMENT, query = """
        SELECT v FROM MatterVersion v JOIN FETCH v.matter m JOIN FETCH m.department d
        WHERE v.status = :status AND d = :department ORDER BY v.draftedAt""")
@NamedQuery(name = MatterVersion.FIND_BY_STATUS, query = """
        SELECT v FROM MatterVersion v JOIN FETCH v.matter m JOIN FETCH m.department
        WHERE v.status = :status ORDER BY v.draftedAt""")
@NamedQuery(name = MatterVersion.FIND_DUE, query = """
        SELECT v FROM MatterVersion v JOIN FETCH v.matter
        WHERE v.status = cn.tongban.catalogue.entity.VersionStatus.PUBLISHED AND v.effectiveFrom <= :today""")
@NamedQuery(name = MatterVersion.LAST_NUMBER, query = "SELECT MAX(v.number) FROM MatterVersion v WHERE v.matter = :matter")
public class MatterVersion {

    public static final String FIND_BY_MATTER = "MatterVersion.findByMatter";
    public static final String FIND_OPEN_BY_MATTER = "MatterVersion.findOpenByMatter";
    public static final String FIND_BY_STATUS_AND_DEPARTMENT = "MatterVersion.findByStatusAndDepartment";
    public static final String FIND_BY_STATUS = "MatterVersion.findByStatus";
    public static final String FIND_DUE = "MatterVersion.findDue";
    public static final String LAST_NUMBER = "MatterVersion.lastNumber";

    @Id
    @SequenceGenerator(name = "matter_version_seq", sequenceName = "matter_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionStatus status;

    @Convert(converter = MatterContentConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private MatterContent content;

    @Column(name = "change_reason", length = 1000)
    private String changeReason;

    @Column(name = "last_comment", length = 1000)
    private String lastComment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "drafted_by")
    private Account draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private OffsetDateTime draftedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "confirmed_by")
    private Account confirmedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "filed_by")
    private Account filedBy;

    @Column(name = "filed_at")
    private OffsetDateTime filedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    private Account publishedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Version
    private long version;

    protected MatterVersion() {
    }

    private MatterVersion(Matter matter, int number, MatterContent content, String changeReason, Account draftedBy,
                          OffsetDateTime now) {
        this.matter = Objects.requireNonNull(matter);
        this.number = number;
        this.content = Objects.requireNonNull(content);
        this.changeReason = changeReason;
        this.draftedBy = draftedBy;
        this.draftedAt = now;
        this.status = VersionStatus.DRAFT;
    }

    /** A department's draft (第十五条: the department applies for changes of its business data). */
    public static MatterVersion draft(Matter matter, int number, MatterContent content, String reason, Account admin,
                                      OffsetDateTime now) {
        requireRole(admin, Role.DEPT_ADMIN);
        requireDepartment(admin, matter);
        return new MatterVersion(matter, number, content, reason, admin, now);
    }

    /**
     * A version taken over from a catalogue file that the service office imports: it has been confirmed
     * and filed outside the system, so it is in force at once. {@code office} is null for the demo data.
     */
    public static MatterVersion imported(Matter matter, MatterContent content, Account office, OffsetDateTime now) {
        var version = new MatterVersion(matter, 1, content, null, office, now);
        version.confirmedBy = office;
        version.confirmedAt = now;
        version.filedBy = office;
        version.filedAt = now;
        version.publishedBy = office;
        version.publishedAt = now;
        version.effectiveFrom = now.toLocalDate();
        version.status = VersionStatus.IN_FORCE;
        return version;
    }

    /** The department's business owner changes the draft; only a draft can change. */
    public void revise(MatterContent newContent, String reason, Account admin, OffsetDateTime now) {
        requireRole(admin, Role.DEPT_ADMIN);
        requireDepartment(admin, matter);
        if (status != VersionStatus.DRAFT) {
            throw BusinessException.conflict("version.notDraft", matter.getCode(), number);
        }
        this.content = Objects.requireNonNull(newContent);
        this.changeReason = reason;
        this.draftedBy = admin;
        this.draftedAt = now;
    }

    /** 第十四条: the department's leader (主管领导) checks and confirms the version. */
    public void confirm(Account approver, String comment, OffsetDateTime now) {
        requireRole(approver, Role.APPROVER);
        requireDepartment(approver, matter);
        moveTo(VersionStatus.CONFIRMED);
        this.confirmedBy = approver;
        this.confirmedAt = now;
        this.lastComment = comment;
    }

    /** 第十四条: the service office files (备案) the confirmed version. */
    public void file(Account office, String comment, OffsetDateTime now) {
        requireRole(office, Role.SERVICE_OFFICE);
        moveTo(VersionStatus.FILED);
        this.filedBy = office;
        this.filedAt = now;
        this.lastComment = comment;
    }

    /**
     * The service office publishes the filed version from a day on (today or later). Returns whether it is in
     * force at once; a later date leaves it PUBLISHED until that day.
     */
    public boolean publish(Account office, LocalDate from, LocalDate today, OffsetDateTime now) {
        requireRole(office, Role.SERVICE_OFFICE);
        if (from == null || from.isBefore(today)) {
            throw BusinessException.invalid("version.effectiveInPast", String.valueOf(from));
        }
        moveTo(from.isAfter(today) ? VersionStatus.PUBLISHED : VersionStatus.IN_FORCE);
        this.publishedBy = office;
        this.publishedAt = now;
        this.effectiveFrom = from;
        return status == VersionStatus.IN_FORCE;
    }

    /** The published version's day has come. */
    public void comeIntoForce() {
        moveTo(VersionStatus.IN_FORCE);
    }

    public void supersede() {
        moveTo(VersionStatus.SUPERSEDED);
    }

    /** The leader or the service office sends the version back to the department, saying why. */
    public void returnToDraft(Account by, String comment) {
        if (comment == null || comment.isBlank()) {
            throw BusinessException.invalid("version.commentRequired");
        }
        boolean leader = by.hasRole(Role.APPROVER) && by.belongsTo(matter.getDepartment());
        if (!leader && !by.hasRole(Role.SERVICE_OFFICE)) {
            throw BusinessException.forbidden("version.wrongRole", matter.getCode(), number);
        }
        if (status != VersionStatus.CONFIRMED && status != VersionStatus.FILED) {
            throw BusinessException.conflict("version.illegalStep", matter.getCode(), number, status, VersionStatus.DRAFT);
        }
        this.status = VersionStatus.DRAFT;
        this.confirmedBy = null;
        this.confirmedAt = null;
        this.filedBy = null;
        this.filedAt = null;
        this.lastComment = comment.strip();
    }

    private void moveTo(VersionStatus target) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("version.illegalStep", matter.getCode(), number, status, target);
        }
        this.status = target;
    }

    private static void requireRole(Account account, Role role) {
        if (account != null && !account.hasRole(role)) {
            throw BusinessException.forbidden("version.wrongRole", role);
        }
    }

    private static void requireDepartment(Account account, Matter matter) {
        if (!account.belongsTo(matter.getDepartment())) {
            throw BusinessException.forbidden("version.notYourDepartment", matter.getCode());
        }
    }

    public Long getId() {
        return id;
    }

    public Matter getMatter() {
        return matter;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public MatterContent getContent() {
        return content;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getLastComment() {
        return lastComment;
    }

    public Account getDraftedBy() {
        return draftedBy;
    }

    public OffsetDateTime getDraftedAt() {
        return draftedAt;
    }

    public Account getConfirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public Account getFiledBy() {
        return filedBy;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public Account getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
