package cn.tongban.benchmarks;

import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.deadlines.control.AlertSweep;
import cn.tongban.it.Deployments;
import cn.tongban.platform.boundary.Clocks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The deadline sweep on a database holding a million open applications, each with an open review task whose next
 * alert lies ahead: the cost of an idle sweep (nothing due, the minute-by-minute case) and of a sweep that fires
 * 10,000 yellow warnings with their inbox messages, and PostgreSQL's plan for the sweep's query. Run by
 * {@code benchmarks/deadline-sweep/run.sh}; not part of the test command. The rows are bulk-inserted with
 * generate_series into the test database, which the next build recreates.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineSweepBenchmark {

    private static final int OPEN = Integer.getInteger("tongban.bench.open", 1_000_000);
    private static final int FIRING = Integer.getInteger("tongban.bench.firing", 10_000);
    private static final int IDLE_ROUNDS = 200;
    private static final int BATCH = 1000;
    /** Far above the ids the sequences hand out during the run. */
    private static final long BASE_ID = 1_000_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DeadlineSweepBenchmark.class.getPackage());
    }

    @EJB
    Deadlines deadlines;

    @Resource(lookup = "java:jboss/datasources/TongbanDS")
    DataSource database;

    @Test
    void sweepAMillionOpenApplications() throws Exception {
        OffsetDateTime t0 = OffsetDateTime.now(Clocks.CHINA).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime firing = t0.plusHours(4);
        long inserted = System.nanoTime();
        fill(t0);
        System.out.printf("Deadline sweep benchmark: %,d open applications and tasks inserted in %.1f s%n", OPEN,
                (System.nanoTime() - inserted) / 1e9);

        // whatever the demo data and the build left due is swept first, so that the idle sweep finds nothing
        drain(t0);
        double[] idle = new double[IDLE_ROUNDS];
        for (int i = 0; i < IDLE_ROUNDS; i++) {
            long start = System.nanoTime();
            AlertSweep.Batch batch = deadlines.sweep(t0, BATCH);
            idle[i] = (System.nanoTime() - start) / 1e6;
            assertEquals(0, batch.taken());
        }
        Arrays.sort(idle);
        System.out.printf("Idle sweep (nothing due), %d rounds: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", IDLE_ROUNDS,
                idle[IDLE_ROUNDS / 2], idle[IDLE_ROUNDS * 95 / 100], idle[IDLE_ROUNDS - 1]);
        System.out.println("Plan of the idle sweep's query:");
        explain(t0).forEach(line -> System.out.println("    " + line));

        long inboxBefore = count("SELECT COUNT(*) FROM inbox_message");
        long alertsBefore = count("SELECT COUNT(*) FROM deadline_alert");
        System.out.println("Plan of the firing sweep's query (first batch):");
        explain(firing).forEach(line -> System.out.println("    " + line));
        List<Double> batches = new ArrayList<>();
        int issued = 0;
        long all = System.nanoTime();
        AlertSweep.Batch batch;
        do {
            long start = System.nanoTime();
            batch = deadlines.sweep(firing, BATCH);
            batches.add((System.nanoTime() - start) / 1e6);
            issued += batch.issued();
        } while (batch.taken() == BATCH);
        double total = (System.nanoTime() - all) / 1e6;
        long messages = count("SELECT COUNT(*) FROM inbox_message") - inboxBefore;
        System.out.printf("Firing sweep: %,d warnings issued in %.0f ms (%d transactions of at most %d tasks, %.0f ms "
                        + "each on average), %,d inbox messages, %,d deadline_alert rows%n", issued, total, batches.size(),
                BATCH, batches.stream().mapToDouble(Double::doubleValue).average().orElse(0), messages,
                count("SELECT COUNT(*) FROM deadline_alert") - alertsBefore);
        assertEquals(FIRING, issued);

        long start = System.nanoTime();
        assertEquals(0, deadlines.sweep(firing, BATCH).taken());
        System.out.printf("Idle sweep right after: %.2f ms%n", (System.nanoTime() - start) / 1e6);
    }

    private void drain(OffsetDateTime at) {
        while (deadlines.sweep(at, BATCH).taken() == BATCH) {
            // keep going
        }
    }

    /**
     * A million accepted applications of ZJJ-002 under review, each with its open review task: FIRING of them warn
     * within four hours from t0, the others' warnings spread over the next weeks.
     */
    private void fill(OffsetDateTime t0) throws SQLException {
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT m.id, m.department_id, m.current_version_id, "
                    + "(SELECT id FROM account WHERE username = 'zhangsan') FROM matter m WHERE m.code = 'ZJJ-002'");
            rs.next();
            long matter = rs.getLong(1), department = rs.getLong(2), version = rs.getLong(3), applicant = rs.getLong(4);
            String at = "TIMESTAMP WITH TIME ZONE '" + t0 + "'";
            s.executeUpdate("INSERT INTO application (id, receipt_number, matter_id, matter_version_id, department_id, "
                    + "applicant_id, status, submitted_at, accepted_at, updated_at, version, form_data, "
                    + "promised_due, promised_from, promised_remaining, statutory_due, statutory_from, statutory_remaining) "
                    + "SELECT " + BASE_ID + " + g, 'BENCH-' || g, " + matter + ", " + version + ", " + department + ", "
                    + applicant + ", 'UNDER_REVIEW', " + at + " - INTERVAL '1 day', " + at + ", " + at + ", 1, '{}', "
                    + "CAST(" + at + " AS DATE) + 12, CAST(" + at + " AS DATE), 8, CAST(" + at + " AS DATE) + 21, "
                    + "CAST(" + at + " AS DATE), 15 FROM generate_series(1, " + OPEN + ") g");
            s.executeUpdate("INSERT INTO task (id, application_id, sequence, kind, name, department_id, role, prerequisite, "
                    + "days, status, opened_at, version, due_on, clock_from, clock_remaining, yellow_at, red_at, alert_at) "
                    + "SELECT " + BASE_ID + " + g, " + BASE_ID + " + g, 1, 'REVIEW', '技术审查', " + department
                    + ", 'REVIEWER', FALSE, 6, 'OPEN', " + at + ", 0, CAST(" + at + " AS DATE) + 8, CAST(" + at
                    + " AS DATE), 6, alert, alert + INTERVAL '2 days', alert FROM ("
                    + "SELECT g, CASE WHEN g <= " + FIRING + " THEN " + at + " + g * INTERVAL '1 second' "
                    + "ELSE " + at + " + INTERVAL '1 day' + (g % 2592000) * INTERVAL '1 second' END AS alert "
                    + "FROM generate_series(1, " + OPEN + ") g) d");
            s.execute("ANALYZE application");
            s.execute("ANALYZE task");
        }
    }

    private List<String> explain(OffsetDateTime at) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection c = database.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT t.id, t.application_id, t.department_id, t.name, "
                     + "t.prerequisite, t.alert_level, t.due_on, t.assignee_id, CASE WHEN t.red_at <= TIMESTAMP WITH TIME ZONE '"
                     + at + "' THEN 1 ELSE 0 END, a.receipt_number FROM task t JOIN application a ON a.id = t.application_id "
                     + "WHERE t.alert_at <= TIMESTAMP WITH TIME ZONE '" + at + "' ORDER BY t.alert_at LIMIT " + BATCH
                     + " FOR UPDATE SKIP LOCKED")) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
