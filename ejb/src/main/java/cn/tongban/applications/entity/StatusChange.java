package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Department;
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

/**
 * One step of an application's timeline: who moved it from which status to which, when, from where and
 * with what opinion (第二十三条; result feedback of 第四条). Written once, never changed.
 */
@Entity
@Table(name = "status_change")
@NamedQuery(name = StatusChange.FIND_BY_APPLICATION,
        query = "SELECT c FROM StatusChange c WHERE c.application = :application ORDER BY c.occurredAt, c.id")
public class StatusChange {

    public static final String FIND_BY_APPLICATION = "StatusChange.findByApplication";

    @Id
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    private ApplicationStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(length = 2000)
    private String opinion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Step step;

    /** The legal basis of a refusal or a decision (行政许可法 第三十二、三十八条). */
    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    /** Whether the applicant sees the opinion; a review's or branch's reasoning stays inside the departments. */
    @Column(name = "opinion_public", nullable = false)
    private boolean opinionPublic;

    /** The stage or branch the line is about, e.g. 印章刻制备案. */
    @Column(name = "task_name", length = 200)
    private String taskName;

    protected StatusChange() {
    }

    StatusChange(Application application, OffsetDateTime occurredAt, ApplicationStatus fromStatus,
                 ApplicationStatus toStatus, Step step, Account actor, Department department, String sourceAddress,
                 String opinion, String legalBasis, boolean opinionPublic, String taskName) {
        this.application = Objects.requireNonNull(application);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.step = Objects.requireNonNull(step);
        this.actor = actor;
        this.actorName = actor == null ? null : actor.getDisplayName();
        this.department = department;
        this.sourceAddress = sourceAddress;
        this.opinion = opinion;
        this.legalBasis = legalBasis;
        this.opinionPublic = opinionPublic;
        this.taskName = taskName;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public String getActorName() {
        return actorName;
    }

    public Department getDepartment() {
        return department;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getOpinion() {
        return opinion;
    }

    /** The opinion as the applicant may see it: null where it is internal. */
    public String getPublicOpinion() {
        return opinionPublic ? opinion : null;
    }

    public Step getStep() {
        return step;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getTaskName() {
        return taskName;
    }
}
