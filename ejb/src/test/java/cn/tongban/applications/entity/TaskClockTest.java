package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Role;
import cn.tongban.calendar.entity.HolidayFile;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.deadlines.entity.DeadlineRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

/** Each task, and so each parallel branch, has its own clock from the day it opens, and its own alert moments. */
class TaskClockTest {

    private final DeadlineRules rules = new DeadlineRules(HolidayFile.calendar(), 1);
    private final Application application = new Application();
    private final Department gaj = new Department("GAJ", "公安局", null, DepartmentLevel.CITY, null);
    private final Department swj = new Department("SWJ", "税务局", null, DepartmentLevel.CITY, null);

    private static OffsetDateTime at(String moment) {
        return OffsetDateTime.parse(moment);
    }

    @Test
    void aBranchRunsOnItsOwnClockFromTheDayItOpens() {
        Task prerequisite = new Task(application, 1, TaskKind.BRANCH, "消防审查", gaj, Role.REVIEWER, true, 5);
        Task later = new Task(application, 2, TaskKind.BRANCH, "税务登记", swj, Role.REVIEWER, false, 3);
        assertNull(later.daysLeft(LocalDate.parse("2026-09-29"), rules.calendar()), "not open, no clock");

        prerequisite.open(at("2026-09-29T10:00+08:00"), rules);
        assertEquals(LocalDate.parse("2026-10-12"), prerequisite.getDueOn());
        // yellow from the start of Sat 10 Oct (调休: one working day left), red once 12 Oct has ended in Beijing
        assertEquals(at("2026-10-10T00:00+08:00").toInstant(), prerequisite.getAlertAt().toInstant());

        // the other branch opens when the 前置 one has answered, on 9 Oct, and counts its 3 days from then
        later.open(at("2026-10-09T16:00+08:00"), rules);
        assertEquals(LocalDate.parse("2026-10-13"), later.getDueOn());
        assertEquals(3, later.daysLeft(LocalDate.parse("2026-10-09"), rules.calendar()));
        assertEquals(1, prerequisite.daysLeft(LocalDate.parse("2026-10-10"), rules.calendar()));
        assertEquals(2, later.daysLeft(LocalDate.parse("2026-10-10"), rules.calendar()));
    }

    @Test
    void aSuspendedTaskRaisesNothingAndResumesWithTheDaysItHadLeft() {
        Task review = new Task(application, 1, TaskKind.REVIEW, "审查", gaj, Role.REVIEWER, false, 5);
        review.open(at("2026-11-02T09:00+08:00"), rules);
        assertEquals(LocalDate.parse("2026-11-09"), review.getDueOn());
        review.suspend(LocalDate.parse("2026-11-03"), rules);           // 补正: 4 days left
        assertEquals(TaskStatus.SUSPENDED, review.getStatus());
        assertNull(review.getAlertAt());
        review.resume(LocalDate.parse("2026-11-10"), rules);
        assertEquals(TaskStatus.OPEN, review.getStatus());
        assertEquals(LocalDate.parse("2026-11-16"), review.getDueOn());
        assertEquals(at("2026-11-13T00:00+08:00").toInstant(), review.getAlertAt().toInstant());
        review.cancel();
        assertNull(review.getAlertAt());
    }

    @Test
    void aOneDayTaskIsWarnedAtOnce() {
        Task acceptance = new Task(application, 0, TaskKind.ACCEPTANCE, "受理", gaj, Role.CLERK, false, 1);
        acceptance.open(at("2026-11-25T09:30+08:00"), rules);
        assertEquals(LocalDate.parse("2026-11-26"), acceptance.getDueOn());
        assertEquals(at("2026-11-25T00:00+08:00").toInstant(), acceptance.getAlertAt().toInstant());
    }
}
