package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
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
 * One line of a change request's history: what happened, in which office's name, from which status to which,
 * who did it, when, from where and with what comment (第十三条: 变更管理、审核及监督; 第二十三条). Written once,
 * never changed.
 */
@Entity
@Table(name = "change_event")
@NamedQuery(name = ChangeEvent.FIND_BY_REQUEST,
        query = "SELECT e FROM ChangeEvent e WHERE e.request = :request ORDER BY e.occurredAt, e.id")
public class ChangeEvent {

    public static final String FIND_BY_REQUEST = "ChangeEvent.findByRequest";

    @Id
    @SequenceGenerator(name = "change_event_seq", sequenceName = "change_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id", nullable = false)
    private ChangeRequest request;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeAction action;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private ChangeRequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private ChangeRequestStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(length = 1000)
    private String remark;

    protected ChangeEvent() {
    }

    ChangeEvent(ChangeRequest request, ChangeAction action, Office office, ChangeRequestStatus fromStatus,
                ChangeRequestStatus toStatus, SignOff act) {
        this.request = Objects.requireNonNull(request);
        this.action = Objects.requireNonNull(action);
        this.office = office;
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.occurredAt = act.getAt();
        this.actor = act.getBy();
        this.actorName = act.getByName();
        this.sourceAddress = act.getFrom();
        this.remark = action == ChangeAction.APPLIED ? null : act.getComment();
    }

    public Long getId() {
        return id;
    }

    public ChangeRequest getRequest() {
        return request;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public ChangeAction getAction() {
        return action;
    }

    public Office getOffice() {
        return office;
    }

    public ChangeRequestStatus getFromStatus() {
        return fromStatus;
    }

    public ChangeRequestStatus getToStatus() {
        return toStatus;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    /** The comment given with the step: the reason of a filing or a rejection, an approval's opinion. */
    public String getRemark() {
        return remark;
    }
}
