package cn.tongban.consultation.entity;

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
 * One step of a question: who moved it from which status to which, when, from where, and why — the terms
 * that held it, the reason it was rejected (第二十三条(三)). Written once, never changed.
 */
@Entity
@Table(name = "consultation_event")
@NamedQuery(name = QuestionEvent.FIND_BY_QUESTION,
        query = "SELECT e FROM QuestionEvent e WHERE e.question = :question ORDER BY e.occurredAt, e.id")
public class QuestionEvent {

    public static final String FIND_BY_QUESTION = "QuestionEvent.findByQuestion";

    @Id
    @SequenceGenerator(name = "consultation_event_seq", sequenceName = "consultation_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private QuestionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private QuestionStatus toStatus;

    /** The acting account; null for a visitor. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(length = 1000)
    private String note;

    protected QuestionEvent() {
    }

    QuestionEvent(Question question, OffsetDateTime occurredAt, QuestionStatus fromStatus, QuestionStatus toStatus,
                  Long actorId, String actorName, String sourceAddress, String note) {
        this.question = Objects.requireNonNull(question);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.actorId = actorId;
        this.actorName = Objects.requireNonNull(actorName);
        this.sourceAddress = sourceAddress;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public QuestionStatus getFromStatus() {
        return fromStatus;
    }

    public QuestionStatus getToStatus() {
        return toStatus;
    }

    public Long getActorId() {
        return actorId;
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
