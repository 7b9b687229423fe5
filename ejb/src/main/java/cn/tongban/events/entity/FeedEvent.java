package cn.tongban.events.entity;

import cn.tongban.catalogue.entity.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One event of the feed for one department concerned: written in the transaction of the change (an outbox, so
 * that it commits or rolls back with it), numbered with its {@link #getPosition() position} once committed, and
 * never changed after. Ids and a small JSON payload only, no entity references beyond the department.
 */
@Entity
@Table(name = "feed_event")
@NamedQuery(name = FeedEvent.PAGE_FOR_DEPARTMENT, query = """
        SELECT e FROM FeedEvent e WHERE e.department = :department AND e.position > :after ORDER BY e.position""")
@NamedQuery(name = FeedEvent.UNNUMBERED, query = """
        SELECT e FROM FeedEvent e WHERE e.position IS NULL ORDER BY e.id""")
@NamedQuery(name = FeedEvent.OPENED_TASKS, query = """
        SELECT e.taskId FROM FeedEvent e WHERE e.applicationId = :application AND e.type = :type""")
public class FeedEvent {

    public static final String PAGE_FOR_DEPARTMENT = "FeedEvent.pageForDepartment";
    public static final String UNNUMBERED = "FeedEvent.unnumbered";
    public static final String OPENED_TASKS = "FeedEvent.openedTasks";

    @Id
    @SequenceGenerator(name = "feed_event_seq", sequenceName = "feed_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_event_seq")
    private Long id;

    /** The place in the feed, given after commit; null until then. */
    @Column(name = "feed_position", unique = true)
    private Long position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "event_type", nullable = false, length = 48)
    private String type;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "receipt_number", length = 40)
    private String receiptNumber;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "application_status", length = 32)
    private String applicationStatus;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    /** A small JSON object with what a partner needs to act without another call (names, kinds, the step). */
    @Column(nullable = false, length = 2000)
    private String payload;

    protected FeedEvent() {
    }

    public FeedEvent(Department department, FeedEventType type, Long applicationId, String receiptNumber, Long taskId,
                     String applicationStatus, OffsetDateTime occurredAt, String payload) {
        this.department = Objects.requireNonNull(department);
        this.type = Objects.requireNonNull(type).wireName();
        this.applicationId = applicationId;
        this.receiptNumber = receiptNumber;
        this.taskId = taskId;
        this.applicationStatus = applicationStatus;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.payload = Objects.requireNonNull(payload);
    }

    /** Gives the event its place in the feed, once. */
    public void number(long position) {
        if (this.position != null) {
            throw new IllegalStateException("event " + id + " is numbered already");
        }
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getPosition() {
        return position;
    }

    public Department getDepartment() {
        return department;
    }

    public String getType() {
        return type;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getApplicationStatus() {
        return applicationStatus;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getPayload() {
        return payload;
    }
}
