package cn.tongban.benchmarks;

import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.statistics.boundary.Statistics;
import cn.tongban.statistics.entity.Report;
import cn.tongban.statistics.entity.ReportingPeriod;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics report (第二十七条) over a year of history: N applications (default 100,000) spread over the last
 * twelve months across the sample matters, each accepted, decided and completed, a third of them rated, written
 * straight into the database; then the report of this year, of one department and of one matter, timed over
 * repeated calls through the service layer. Run by {@code benchmarks/statistics/run.sh}; not a test.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("tongban.bench.applications", 100_000);
    private static final int RUNS = 30;
    private static final long BASE_ID = 90_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StatisticsBenchmark.class.getPackage());
    }

    @EJB
    Statistics statistics;

    @Resource(lookup = "java:jboss/datasources/TongbanDS")
    DataSource dataSource;

    @Test
    void reportsOverAYearOfApplications() throws Exception {
        long loading = System.nanoTime();
        generate();
        System.out.printf("%nStatistics over %d generated applications (written in %.1f s):%n", APPLICATIONS,
                (System.nanoTime() - loading) / 1e9);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ReportingPeriod year = ReportingPeriod.of(today.minusYears(1).plusDays(1), today);
        ReportingPeriod month = ReportingPeriod.of(today.withDayOfMonth(1), today);
        SecurityIdentity office = SecurityDomain.getCurrent()
                .authenticate("office", new PasswordGuessEvidence(As.DEMO_PASSWORD.toCharArray()));
        measure(office, "last 12 months, every department", () -> statistics.report(year, null, null));
        measure(office, "last 12 months, ZJJ", () -> statistics.report(year, "ZJJ", null));
        measure(office, "last 12 months, ZJJ-001", () -> statistics.report(year, "ZJJ", "ZJJ-001"));
        measure(office, "this month, every department", () -> statistics.report(month, null, null));
    }

    private void measure(SecurityIdentity identity, String what, Callable<Report> report) throws Exception {
        for (int i = 0; i < 5; i++) {
            identity.runAs(report);
        }
        List<Double> millis = new ArrayList<>();
        long received = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            received = identity.runAs(report).totals().received();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        assertTrue(received > 0, what);
        System.out.printf("  %-36s received %7d   p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", what, received,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1));
    }

    /** A year of completed applications of the in-force sample matters, spread evenly over the last 365 days. */
    private void generate() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO application (id, receipt_number, matter_id, department_id, applicant_id, status,
                                             submitted_at, accepted_at, updated_at, version, matter_version_id)
                    SELECT %1$d + g, 'BENCH-' || g, m.id, m.department_id, (SELECT id FROM account WHERE username = 'zhangsan'),
                           'COMPLETED', now() - (CAST(g AS BIGINT) * 31536 / %2$d) * INTERVAL '1000 seconds',
                           now() - (CAST(g AS BIGINT) * 31536 / %2$d) * INTERVAL '1000 seconds' + INTERVAL '1 hour', now(), 0, m.current_version_id
                      FROM generate_series(1, %2$d) g
                      JOIN (SELECT id, department_id, current_version_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n,
                                   COUNT(*) OVER () AS total
                              FROM matter WHERE current_version_id IS NOT NULL) m ON m.n = g %% m.total
                    """.formatted(BASE_ID, APPLICATIONS));
            s.executeUpdate("""
                    INSERT INTO status_change (id, application_id, occurred_at, to_status, step)
                    SELECT a.id + %1$d, a.id, a.submitted_at + INTERVAL '5 days', 'APPROVED', 'APPROVED'
                      FROM application a WHERE a.id > %2$d
                    """.formatted(BASE_ID, BASE_ID));
            s.executeUpdate("""
                    INSERT INTO status_change (id, application_id, occurred_at, to_status, step)
                    SELECT a.id + 2 * %1$d, a.id, a.submitted_at + INTERVAL '6 days', 'COMPLETED', 'COMPLETED'
                      FROM application a WHERE a.id > %2$d
                    """.formatted(BASE_ID, BASE_ID));
            s.executeUpdate("""
                    INSERT INTO evaluation (id, application_id, applicant_id, department_id, stars, poor, rated_at, version)
                    SELECT a.id, a.id, a.applicant_id, a.department_id, 1 + a.id %% 5, 1 + a.id %% 5 <= 2,
                           a.submitted_at + INTERVAL '7 days', 0
                      FROM application a WHERE a.id > %d AND a.id %% 3 = 0
                    """.formatted(BASE_ID));
            s.execute("ANALYZE");
        }
    }
}
