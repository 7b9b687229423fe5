package cn.tongban.it.statistics;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.evaluations.boundary.Evaluations;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.statistics.boundary.Statistics;
import cn.tongban.statistics.entity.FigureRow;
import cn.tongban.statistics.entity.Figures;
import cn.tongban.statistics.entity.Report;
import cn.tongban.statistics.entity.ReportingPeriod;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics (第二十七条) against applications made here: each figure grows by exactly what the test did, in
 * the totals, the department's row, the matter's row and today's slice of the trend; who may see which department.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final String MATTER = "ZJJ-001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StatisticsIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    Evaluations evaluations;

    @EJB
    Statistics statistics;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TongbanDS")
    javax.sql.DataSource dataSource;

    /** Around today in Beijing, so that a run across midnight counts the same. */
    private static ReportingPeriod aroundToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return ReportingPeriod.of(today.minusDays(1), today.plusDays(1));
    }

    @Test
    void everyFigureCountsWhatHappenedInThePeriod() throws Exception {
        ReportingPeriod period = aroundToday();
        Report cityBefore = As.user("office", () -> statistics.report(period, null, null));
        Report matterBefore = As.user("office", () -> statistics.report(period, "ZJJ", MATTER));

        String completedAndRated = submit();
        String decidedOnly = submit();
        String acceptedOnly = submit();
        submit();
        decide(completedAndRated);
        decide(decidedOnly);
        As.user("clerk", () -> workflow.accept(acceptedOnly, null));
        As.user("clerk", () -> workflow.complete(completedAndRated, "证照已送达"));
        As.user("zhangsan", () -> evaluations.rate(completedAndRated, 4, "比较满意"));
        // what the deadline sweep would have done: one open task past its due day, one warning issued
        overdueAndWarned(acceptedOnly);

        Report cityAfter = As.user("office", () -> statistics.report(period, null, null));
        Report matterAfter = As.user("office", () -> statistics.report(period, "ZJJ", MATTER));

        // received 4, accepted 3, decided 2, completed 1, one rating of 4 stars
        assertGrew(matterBefore.totals(), matterAfter.totals(), 4, 3, 2, 1, 1, 4);
        assertGrew(cityBefore.totals(), cityAfter.totals(), 4, 3, 2, 1, 1, 4);
        assertGrew(row(cityBefore.byDepartment(), "ZJJ", null), row(cityAfter.byDepartment(), "ZJJ", null), 4, 3, 2, 1, 1, 4);
        assertGrew(row(cityBefore.byMatter(), "ZJJ", MATTER), row(cityAfter.byMatter(), "ZJJ", MATTER), 4, 3, 2, 1, 1, 4);
        assertEquals(row(cityBefore.byDepartment(), "SWUJ", null), row(cityAfter.byDepartment(), "SWUJ", null),
                "another department's figures are untouched");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(3, matterAfter.byPeriod().size(), "a slice for each day of the period, counted or not");
        assertGrew(slice(matterBefore, today), slice(matterAfter, today), 4, 3, 2, 1, 1, 4);

        assertEquals("ZJJ", matterAfter.department().code());
        assertEquals(MATTER, matterAfter.matter().code());
        assertEquals(List.of(), matterAfter.byDepartment(), "one department's report has no department breakdown");
        assertEquals(List.of(MATTER), matterAfter.byMatter().stream().map(r -> r.matter().code()).toList());

        // the deadlines: both decisions taken the day of their acceptance, on time; the tasks overdue now; warnings
        Figures before = matterBefore.totals();
        Figures after = matterAfter.totals();
        assertEquals(2, after.onTime().denominator() - before.onTime().denominator(), "decisions timed");
        assertEquals(2, after.onTime().numerator() - before.onTime().numerator(), "decisions on time");
        assertEquals(2, after.daysUsed().denominator() - before.daysUsed().denominator(), "decisions measured");
        assertEquals(0, after.daysUsed().numerator() - before.daysUsed().numerator(), "decided the day of acceptance");
        assertEquals(1, after.overdue() - before.overdue(), "overdue now");
        assertEquals(1, after.warnings() - before.warnings(), "warnings");
        assertEquals(1, row(cityAfter.byMatter(), "ZJJ", MATTER).overdue() - row(cityBefore.byMatter(), "ZJJ", MATTER).overdue());
        assertEquals(1, row(cityAfter.byDepartment(), "ZJJ", null).warnings() - row(cityBefore.byDepartment(), "ZJJ", null).warnings());
    }

    /**
     * Puts the application's open task one day past its due day and records a yellow warning on it, as the deadline
     * sweep would after days of waiting; the statistics only read these rows.
     */
    private void overdueAndWarned(String receipt) throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        try (var connection = dataSource.getConnection()) {
            long taskId;
            long applicationId;
            long departmentId;
            try (var find = connection.prepareStatement("""
                    SELECT t.id, t.application_id, t.department_id FROM task t JOIN application a ON a.id = t.application_id
                    WHERE a.receipt_number = ? AND t.status IN ('OPEN', 'CLAIMED')""")) {
                find.setString(1, receipt);
                try (var rs = find.executeQuery()) {
                    assertTrue(rs.next(), "an open task of " + receipt);
                    taskId = rs.getLong(1);
                    applicationId = rs.getLong(2);
                    departmentId = rs.getLong(3);
                }
            }
            try (var late = connection.prepareStatement("UPDATE task SET due_on = ? WHERE id = ?")) {
                late.setObject(1, yesterday);
                late.setLong(2, taskId);
                assertEquals(1, late.executeUpdate());
            }
            try (var warn = connection.prepareStatement("""
                    INSERT INTO deadline_alert (id, task_id, application_id, department_id, alert_level, due_on, raised_at)
                    VALUES (nextval('deadline_alert_seq') - 49, ?, ?, ?, 'YELLOW', ?, CURRENT_TIMESTAMP)""")) {
                warn.setLong(1, taskId);
                warn.setLong(2, applicationId);
                warn.setLong(3, departmentId);
                warn.setObject(4, yesterday);
                assertEquals(1, warn.executeUpdate());
            }
        }
    }

    @Test
    void aDepartmentSeesItsOwnFiguresAndTheCityOfficesSeeAll() throws Exception {
        ReportingPeriod period = aroundToday();
        Report own = As.user("deptadmin", () -> statistics.report(period, null, null));
        assertEquals("ZJJ", own.department().code(), "a department's staff get their own department");
        assertTrue(own.byDepartment().isEmpty());
        assertTrue(own.byMatter().stream().allMatch(r -> r.department().code().equals("ZJJ")));
        assertEquals("ZJJ", As.user("approver", () -> statistics.report(period, "ZJJ", null)).department().code());
        assertEquals("SWUJ", As.user("swuj.admin", () -> statistics.report(period, null, null)).department().code());
        assertEquals(BusinessException.Reason.FORBIDDEN,
                refusal(() -> As.user("deptadmin", () -> statistics.report(period, "SWUJ", null))).reason());
        assertEquals(1, As.user("deptadmin", () -> statistics.choices()).departments().size());
        assertTrue(As.user("deptadmin", () -> statistics.choices()).matters().stream()
                .allMatch(m -> m.departmentCode().equals("ZJJ")));

        Report city = As.user("supervisor", () -> statistics.report(period, null, null));
        assertNull(city.department(), "the supervision bureau sees every department");
        assertTrue(As.user("office", () -> statistics.choices()).departments().size() > 1);
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> statistics.report(period, null, null)));
        assertThrows(EJBAccessException.class, () -> As.user("zhangsan", () -> statistics.choices()));
    }

    @Test
    void unknownOrMismatchedFiltersAreRefusedWithTheirField() throws Exception {
        ReportingPeriod period = aroundToday();
        BusinessException department = refusal(() -> As.user("office", () -> statistics.report(period, "NOPE", null)));
        assertEquals("department", department.violations().get(0).field());
        BusinessException matter = refusal(() -> As.user("office", () -> statistics.report(period, null, "NOPE-404")));
        assertEquals("matter", matter.violations().get(0).field());
        BusinessException elsewhere = refusal(() -> As.user("office", () -> statistics.report(period, "SWUJ", MATTER)));
        assertEquals("statistics.matterOfOtherDepartment", elsewhere.violations().get(0).key());
        BusinessException noPeriod = refusal(() -> As.user("office", () -> statistics.report(null, null, null)));
        assertEquals(BusinessException.Reason.INVALID, noPeriod.reason());
        assertEquals("ZJJ", As.user("office", () -> statistics.report(period, null, MATTER)).department().code(),
                "a matter alone implies its department");
    }

    private static void assertGrew(Figures before, Figures after, long received, long accepted, long decided,
                                   long completed, long ratings, long stars) {
        assertEquals(received, after.received() - before.received(), "received");
        assertEquals(accepted, after.accepted() - before.accepted(), "accepted");
        assertEquals(decided, after.decided() - before.decided(), "decided");
        assertEquals(completed, after.completed() - before.completed(), "completed");
        assertEquals(ratings, after.ratings() - before.ratings(), "ratings");
        assertEquals(stars, after.stars().numerator() - before.stars().numerator(), "stars");
    }

    private static Figures row(List<FigureRow> rows, String department, String matter) {
        return rows.stream()
                .filter(r -> r.department().code().equals(department))
                .filter(r -> matter == null || r.matter() != null && r.matter().code().equals(matter))
                .map(FigureRow::figures).findFirst().orElse(Figures.NONE);
    }

    private static Figures slice(Report report, LocalDate day) {
        return report.byPeriod().stream().filter(r -> r.sliceStart().equals(day)).map(FigureRow::figures)
                .findFirst().orElseThrow();
    }

    private String submit() throws Exception {
        return As.user("zhangsan", () -> applications.submit(MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());
    }

    private void decide(String receipt) throws Exception {
        As.user("clerk", () -> workflow.accept(receipt, null));
        Task review = As.user("reviewer", () -> workflow.departmentTasks()).stream()
                .filter(t -> t.getApplication().getReceiptNumber().value().equals(receipt) && t.getKind() == TaskKind.REVIEW)
                .findFirst().orElseThrow();
        As.user("reviewer", () -> workflow.review(review.getId(), "同意"));
        As.user("approver", () -> workflow.decide(receipt, true, "准予许可", "《建筑法》第八条"));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static BusinessException refusal(Action action) {
        return assertThrows(BusinessException.class, action::run);
    }
}
