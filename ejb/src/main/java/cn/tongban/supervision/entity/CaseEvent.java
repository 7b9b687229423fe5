package cn.tongban.supervision.entity;

import cn.tongban.accounts.entity.Account;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A line of a case's history: who did what, when, from where (第二十三条(三)); written once. The system's own
 * detections have no actor.
 */
@Entity
@Table(name = "supervision_event")
@NamedQuery(name = CaseEvent.FIND_BY_CASE, query = """
        SELECT e FROM CaseEvent e WHERE e.supervisionCase = :supervisionCase ORDER BY e.occurredAt, e.id""")
public class CaseEvent {

    public static final String FIND_BY_CASE = "CaseEvent.findByCase";

    @Id
    @SequenceGenerator(name = "supervision_event_seq", sequenceName = "supervision_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private SupervisionCase supervisionCase;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CaseAction action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(length = 4000)
    private String note;

    protected CaseEvent() {
    }

    CaseEvent(SupervisionCase supervisionCase, OffsetDateTime occurredAt, CaseAction action, Account actor,
              String sourceAddress, String note) {
        this.supervisionCase = Objects.requireNonNull(supervisionCase);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.action = Objects.requireNonNull(action);
        this.actorId = actor == null ? null : actor.getId();
        this.actorName = actor == null ? null : actor.getDisplayName();
        this.sourceAddress = sourceAddress == null || sourceAddress.length() <= 64 ? sourceAddress : sourceAddress.substring(0, 64);
        this.note = note;
    }

    public List<String> getNoteLines() {
        return TextRule.lines(note);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public CaseAction getAction() {
        return action;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getNote() {
        return note;
    }
}
