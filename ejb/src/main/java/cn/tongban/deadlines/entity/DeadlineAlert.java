package cn.tongban.deadlines.entity;

import java.time.LocalDate;

/**
 * A warning or an alarm issued for a task: fired synchronously inside the sweep's transaction, exactly once per
 * alert across the cluster. Observers (supervision, the partners' event feed) act within that transaction.
 *
 * @param assigneeId the member of staff who claimed the task, null while it waits in the department's list
 */
public record DeadlineAlert(long alertId, long taskId, long applicationId, String receiptNumber, long departmentId,
                            String taskName, boolean prerequisite, AlertLevel level, LocalDate dueOn,
                            Long assigneeId) {
}
