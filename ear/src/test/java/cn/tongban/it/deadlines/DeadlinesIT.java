package cn.tongban.it.deadlines;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.deadlines.control.AlertSweep;
import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineAlert;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.platform.boundary.Clocks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Deadlines and their alerts on PostgreSQL (行政许可法 第四十二条; 效能监察, 第七、二十七条): a parallel application's
 * tasks get their due days when they open, and the sweep — called here with a later moment instead of waiting for
 * days — raises one yellow warning, then one red alarm, tells the handler and the head, and nothing for a
 * suspended task, even when two sweeps run at once.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlinesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DeadlinesIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    Deadlines deadlines;

    @EJB
    Calendars calendars;

    @Inject
    AlertsHeard heard;

    @Resource(lookup = "java:jboss/datasources/TongbanDS")
    DataSource database;

    /** Records the alerts fired, as supervision and the partners' feed will observe them. */
    @ApplicationScoped
    public static class AlertsHeard {
        final List<DeadlineAlert> alerts = new CopyOnWriteArrayList<>();

        void heard(@Observes DeadlineAlert alert) {
            alerts.add(alert);
        }

        List<DeadlineAlert> of(long taskId) {
            return alerts.stream().filter(a -> a.taskId() == taskId).toList();
        }
    }

    @Test
    void aBranchIsWarnedOnceThenAlarmedOnceAndItsHandlerAndHeadAreTold() throws Exception {
        String receipt = acceptedParallelApplication();
        Task branch = prerequisiteBranch(receipt);
        As.user("reviewer", () -> workflow.claim(branch.getId()));
        Task review = task(receipt, TaskKind.REVIEW);

        LocalDate accepted = LocalDate.now(Clocks.CHINA);
        assertEquals(calendars.current().addWorkingDays(accepted, 5), branch.getDueOn(), "5 working days after acceptance");
        assertEquals(calendars.current().addWorkingDays(accepted, 9), review.getDueOn(), "the review's own 9 days");
        OffsetDateTime yellow = branch.getAlertAt();
        assertEquals(calendars.current().addWorkingDays(accepted, 4).atStartOfDay(Clocks.CHINA).toInstant(),
                yellow.toInstant(), "warned when one working day is left");

        sweepAt(yellow.minusMinutes(1));
        assertEquals(0, alerts(branch.getId(), null), "nothing before the moment");

        sweepAt(yellow.plusMinutes(1));
        sweepAt(yellow.plusMinutes(2));
        assertEquals(1, alerts(branch.getId(), AlertLevel.YELLOW), "one yellow warning, however often swept");
        assertEquals(0, alerts(review.getId(), null), "the review's clock is its own");
        DeadlineAlert warning = single(heard.of(branch.getId()));
        assertEquals(AlertLevel.YELLOW, warning.level());
        assertEquals(receipt, warning.receiptNumber());
        assertTrue(warning.prerequisite());
        assertEquals(branch.getDueOn(), warning.dueOn());
        assertNotNull(warning.assigneeId());
        assertEquals(1, inbox(warning.alertId(), "reviewer"), "the handler is told");
        assertEquals(1, inbox(warning.alertId(), "approver"), "the department's head is told");
        assertEquals(0, inbox(warning.alertId(), "reviewer2"), "a colleague who does not hold the task is not");

        OffsetDateTime overdue = branch.getDueOn().plusDays(1).atStartOfDay(Clocks.CHINA).toOffsetDateTime();
        sweepAt(overdue.minusSeconds(1));
        assertEquals(0, alerts(branch.getId(), AlertLevel.RED), "the due day is not over yet");
        sweepAt(overdue);
        sweepAt(overdue.plusHours(1));
        assertEquals(1, alerts(branch.getId(), AlertLevel.RED), "one red alarm");
        assertEquals(1, alerts(branch.getId(), AlertLevel.YELLOW));
        assertEquals(2, heard.of(branch.getId()).size());
        DeadlineAlert alarm = heard.of(branch.getId()).get(1);
        assertEquals(AlertLevel.RED, alarm.level());
        assertEquals(1, inbox(alarm.alertId(), "approver"));
        assertEquals(AlertLevel.RED, prerequisiteBranch(receipt).getAlertLevel());
        assertNull(prerequisiteBranch(receipt).getAlertAt(), "nothing more to raise");
    }

    @Test
    void aSuspendedApplicationRaisesNothing() throws Exception {
        String receipt = acceptedParallelApplication();
        Task branch = prerequisiteBranch(receipt);
        As.user("reviewer", () -> workflow.requestCorrection(receipt, "请补充消防设计文件"));
        List<Task> tasks = As.user("approver", () -> workflow.tasks(receipt));
        assertTrue(tasks.stream().allMatch(t -> t.getAlertAt() == null), "补正 stops every clock");

        sweepAt(OffsetDateTime.now(Clocks.CHINA).plusDays(60));
        for (Task t : tasks) {
            assertEquals(0, alerts(t.getId(), null), t.getName());
        }
        Application application = As.user("zhangsan", () -> applications.byReceiptNumber(receipt));
        assertTrue(application.isClockStopped());
        assertNotNull(branch.getDueOn());
    }

    @Test
    void twoSweepsAtOnceIssueEachWarningOnce() throws Exception {
        List<Long> branches = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            branches.add(prerequisiteBranch(acceptedParallelApplication()).getId());
        }
        OffsetDateTime moment = prerequisiteBranch(acceptedParallelApplication()).getAlertAt().plusMinutes(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                sweeps.add(pool.submit(() -> {
                    start.await();
                    int issued = 0;
                    AlertSweep.Batch batch;
                    do {
                        batch = deadlines.sweep(moment, 2);
                        issued += batch.issued();
                    } while (batch.taken() > 0);
                    return issued;
                }));
            }
            start.countDown();
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            pool.shutdown();
        }
        for (long id : branches) {
            assertEquals(1, alerts(id, AlertLevel.YELLOW), "task " + id);
            assertEquals(1, heard.of(id).size(), "one event for task " + id);
        }
    }

    // ---- helpers ----

    private void sweepAt(OffsetDateTime moment) {
        AlertSweep.Batch batch;
        do {
            batch = deadlines.sweep(moment, 500);
        } while (batch.taken() == 500);
    }

    private String acceptedParallelApplication() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        return receipt;
    }

    private Task prerequisiteBranch(String receipt) throws Exception {
        return As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == TaskKind.BRANCH && t.isPrerequisite()).findFirst().orElseThrow();
    }

    private Task task(String receipt, TaskKind kind) throws Exception {
        return As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == kind).findFirst().orElseThrow();
    }

    private static DeadlineAlert single(List<DeadlineAlert> alerts) {
        assertEquals(1, alerts.size(), () -> alerts.stream().map(Object::toString).collect(Collectors.joining("\n")));
        return alerts.get(0);
    }

    private long alerts(long taskId, AlertLevel level) throws Exception {
        return count("SELECT COUNT(*) FROM deadline_alert WHERE task_id = " + taskId
                + (level == null ? "" : " AND alert_level = '" + level + "'"));
    }

    private long inbox(long alertId, String username) throws Exception {
        return count("SELECT COUNT(*) FROM inbox_message m JOIN account a ON a.id = m.recipient_id WHERE m.alert_id = "
                + alertId + " AND a.username = '" + username + "'");
    }

    private long count(String sql) throws Exception {
        try (var connection = database.getConnection(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
