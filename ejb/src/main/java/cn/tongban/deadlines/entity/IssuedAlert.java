package cn.tongban.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A warning or alarm as issued, one row each (效能监察, 第七、二十七条): what supervision and the statistics count.
 * A task has at most one of each level (a unique key), whatever the number of nodes sweeping.
 */
@Entity
@Table(name = "deadline_alert")
public class IssuedAlert {

    @Id
    @SequenceGenerator(name = "deadline_alert_seq", sequenceName = "deadline_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_alert_seq")
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level", nullable = false, length = 8)
    private AlertLevel level;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    protected IssuedAlert() {
    }

    public IssuedAlert(long taskId, long applicationId, long departmentId, AlertLevel level, LocalDate dueOn,
                       OffsetDateTime raisedAt) {
        this.taskId = taskId;
        this.applicationId = applicationId;
        this.departmentId = departmentId;
        this.level = Objects.requireNonNull(level);
        this.dueOn = dueOn;
        this.raisedAt = Objects.requireNonNull(raisedAt);
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public AlertLevel getLevel() {
        return level;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OffsetDateTime getRaisedAt() {
        return raisedAt;
    }
}
