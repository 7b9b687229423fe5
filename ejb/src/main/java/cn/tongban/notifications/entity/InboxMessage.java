package cn.tongban.notifications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.applications.entity.Step;
import cn.tongban.deadlines.entity.AlertLevel;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A message in the applicant's portal inbox (站内信) about a step of one of their applications (结果反馈,
 * 第四条): what happened, and the notice it issued, if any. The texts are the portal's, in the reader's language.
 */
@Entity
@Table(name = "inbox_message")
@NamedQuery(name = InboxMessage.FIND_BY_RECIPIENT, query = """
        SELECT m FROM InboxMessage m WHERE m.recipient = :recipient ORDER BY m.createdAt DESC, m.id DESC""")
@NamedQuery(name = InboxMessage.COUNT_UNREAD, query = """
        SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient = :recipient AND m.readAt IS NULL""")
@NamedQuery(name = InboxMessage.FIND_BY_STATUS_CHANGE, query = """
        SELECT m FROM InboxMessage m JOIN FETCH m.recipient WHERE m.statusChange.id = :statusChange""")
@NamedQuery(name = InboxMessage.MARK_ALL_READ, query = """
        UPDATE InboxMessage m SET m.readAt = :now WHERE m.recipient = :recipient AND m.readAt IS NULL""")
public class InboxMessage {

    public static final String FIND_BY_RECIPIENT = "InboxMessage.findByRecipient";
    public static final String COUNT_UNREAD = "InboxMessage.countUnread";
    public static final String FIND_BY_STATUS_CHANGE = "InboxMessage.findByStatusChange";
    public static final String MARK_ALL_READ = "InboxMessage.markAllRead";

    @Id
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Account recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    /** The timeline line the message is about; null for a deadline alert. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "status_change_id")
    private StatusChange statusChange;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Step step;

    /** For a member of staff: the deadline alert the message is about (效能监察, 第七、二十七条), else null. */
    @Column(name = "alert_id")
    private Long alertId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level", length = 8)
    private AlertLevel alertLevel;

    @Column(name = "task_name", length = 200)
    private String taskName;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "receipt_number", nullable = false, length = 64)
    private String receiptNumber;

    @Column(name = "matter_name", nullable = false, length = 200)
    private String matterName;

    @Column(name = "notice_number", length = 64)
    private String noticeNumber;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected InboxMessage() {
    }

    /** The applicant's message about a timeline line, naming the notice it issued (or null). */
    public InboxMessage(Application application, StatusChange line, String noticeNumber) {
        this.application = Objects.requireNonNull(application);
        this.statusChange = Objects.requireNonNull(line);
        this.recipient = application.getApplicant();
        this.step = line.getStep();
        this.receiptNumber = application.getReceiptNumber().value();
        this.matterName = application.getMatter().getName();
        this.noticeNumber = noticeNumber;
        this.createdAt = line.getOccurredAt();
    }

    /**
     * A member of staff's message about a deadline alert on a task they handle or lead. The application and the
     * recipient are references, so that the sweep writes a batch of messages without reading them.
     */
    public InboxMessage(Account recipient, Application application, String receiptNumber, String matterName, long alertId,
                        AlertLevel level, String taskName, LocalDate dueOn, OffsetDateTime at) {
        this.recipient = Objects.requireNonNull(recipient);
        this.application = Objects.requireNonNull(application);
        this.receiptNumber = Objects.requireNonNull(receiptNumber);
        this.matterName = Objects.requireNonNull(matterName);
        this.alertId = alertId;
        this.alertLevel = Objects.requireNonNull(level);
        this.taskName = taskName;
        this.dueOn = dueOn;
        this.createdAt = Objects.requireNonNull(at);
    }

    public void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(now);
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public boolean isFor(Account account) {
        return recipient.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public Step getStep() {
        return step;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getMatterName() {
        return matterName;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    public boolean isAlert() {
        return alertId != null;
    }

    public Long getAlertId() {
        return alertId;
    }

    public AlertLevel getAlertLevel() {
        return alertLevel;
    }

    public String getTaskName() {
        return taskName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
