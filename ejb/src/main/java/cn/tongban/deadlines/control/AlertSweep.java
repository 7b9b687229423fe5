package cn.tongban.deadlines.control;

import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineAlert;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One batch of the deadline sweep, in the caller's transaction, in a fixed handful of statements whatever the
 * number of open tasks:
 * <ol>
 * <li>the tasks whose next alert moment has come, by a range scan of the index on {@code task.alert_at}, locked
 * with their applications and <em>skipping</em> rows another node or a member of staff holds: two nodes sweeping
 * at once take disjoint batches, and the sweep never waits, so it cannot deadlock with the workflow;</li>
 * <li>one row per alert into {@code deadline_alert} (unique per task and level: exactly once, whatever happens);</li>
 * <li>one update moving the tasks on: after the yellow warning the red alarm is next, after that nothing;</li>
 * <li>one insert of the inbox messages for the handlers (the assignee, or while unclaimed the staff who may take
 * the task) and the departments' heads (their APPROVER accounts).</li>
 * </ol>
 * A missed tick costs nothing: whatever became due meanwhile is simply found by the next sweep.
 */
@Dependent
public class AlertSweep {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DeadlineAlert> alerts;

    /** What one batch did: how many due tasks it took, and the alerts it issued. */
    public record Batch(int taken, int yellow, int red) {
        public int issued() {
            return yellow + red;
        }
    }

    private record Due(long taskId, long applicationId, long departmentId, String taskName, boolean prerequisite,
                       AlertLevel current, LocalDate dueOn, Long assigneeId, boolean overdue, String receiptNumber) {

        AlertLevel target() {
            return overdue ? AlertLevel.RED : AlertLevel.YELLOW;
        }

        boolean raises() {
            return current == null || current == AlertLevel.YELLOW && overdue;
        }
    }

    public Batch sweep(OffsetDateTime now, int limit) {
        List<Due> due = due(now, limit);
        if (due.isEmpty()) {
            return new Batch(0, 0, 0);
        }
        List<Due> raising = due.stream().filter(Due::raises).toList();
        if (!raising.isEmpty()) {
            String raisingIds = ids(raising);
            em.createNativeQuery("""
                            INSERT INTO deadline_alert (id, task_id, application_id, department_id, alert_level, due_on, raised_at)
                            SELECT nextval('deadline_alert_seq'), t.id, t.application_id, t.department_id,
                                   CASE WHEN t.red_at <= ?1 THEN 'RED' ELSE 'YELLOW' END, t.due_on, ?1
                            FROM task t WHERE t.id IN (""" + raisingIds + ")")
                    .setParameter(1, now).executeUpdate();
        }
        em.createNativeQuery("""
                        UPDATE task SET alert_level = CASE WHEN red_at <= ?1 THEN 'RED' ELSE 'YELLOW' END,
                                        alert_at = CASE WHEN red_at <= ?1 THEN NULL ELSE red_at END
                        WHERE id IN (""" + ids(due) + ")")
                .setParameter(1, now).executeUpdate();
        if (raising.isEmpty()) {
            return new Batch(due.size(), 0, 0);
        }
        String raisingIds = ids(raising);
        Map<Long, Long> alertIds = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "SELECT task_id, id FROM deadline_alert WHERE raised_at = ?1 AND task_id IN (" + raisingIds + ")")
                .setParameter(1, now).getResultList()) {
            Object[] r = (Object[]) row;
            alertIds.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        notifyStaff(raisingIds, now);
        int yellow = 0;
        for (Due d : raising) {
            AlertLevel level = d.target();
            yellow += level == AlertLevel.YELLOW ? 1 : 0;
            alerts.fire(new DeadlineAlert(alertIds.get(d.taskId()), d.taskId(), d.applicationId(), d.receiptNumber(),
                    d.departmentId(), d.taskName(), d.prerequisite(), level, d.dueOn(), d.assigneeId()));
        }
        return new Batch(due.size(), yellow, raising.size() - yellow);
    }

    private List<Due> due(OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.id, t.application_id, t.department_id, t.name, t.prerequisite, t.alert_level, t.due_on,
                               t.assignee_id, CASE WHEN t.red_at <= ?1 THEN 1 ELSE 0 END, a.receipt_number
                        FROM task t JOIN application a ON a.id = t.application_id
                        WHERE t.alert_at <= ?1
                        ORDER BY t.alert_at
                        LIMIT ?2
                        FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        List<Due> due = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            due.add(new Due(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    (String) r[3], Boolean.TRUE.equals(r[4]), r[5] == null ? null : AlertLevel.valueOf((String) r[5]),
                    day(r[6]), r[7] == null ? null : ((Number) r[7]).longValue(), ((Number) r[8]).intValue() == 1,
                    (String) r[9]));
        }
        return due;
    }

    /**
     * The inbox messages of the alerts just raised, in one statement: for each alert its handler — the assignee, or
     * while nobody has claimed the task every trained member of its department with the task's role (any of a
     * branch's roles) — and the department's heads (APPROVER). Each person once per alert.
     */
    private void notifyStaff(String taskIds, OffsetDateTime now) {
        em.createNativeQuery("""
                INSERT INTO inbox_message (id, recipient_id, application_id, receipt_number, matter_name, alert_id,
                                           alert_level, task_name, due_on, created_at)
                SELECT nextval('inbox_message_seq'), s.id, al.application_id, a.receipt_number, LEFT(m.name, 200), al.id,
                       al.alert_level, t.name, al.due_on, al.raised_at
                FROM deadline_alert al
                JOIN task t ON t.id = al.task_id AND t.alert_level = al.alert_level
                JOIN application a ON a.id = al.application_id
                JOIN matter m ON m.id = a.matter_id
                JOIN account s ON s.department_id = t.department_id AND s.enabled = TRUE AND s.training_passed = TRUE
                WHERE al.raised_at = ?1 AND al.task_id IN (""" + taskIds + """
                ) AND (s.id = t.assignee_id OR EXISTS (
                    SELECT 1 FROM account_role r WHERE r.account_id = s.id AND (r.role = 'APPROVER'
                        OR t.assignee_id IS NULL AND (r.role = t.role
                            OR t.kind = 'BRANCH' AND r.role IN ('CLERK', 'REVIEWER', 'APPROVER')))))
                """).setParameter(1, now).executeUpdate();
    }

    private static String ids(List<Due> due) {
        return due.stream().map(d -> Long.toString(d.taskId())).collect(Collectors.joining(","));
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
