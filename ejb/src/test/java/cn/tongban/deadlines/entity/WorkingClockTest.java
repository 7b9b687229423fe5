package cn.tongban.deadlines.entity;

import cn.tongban.calendar.entity.DayKind;
import cn.tongban.calendar.entity.HolidayFile;
import cn.tongban.calendar.entity.SpecialDay;
import cn.tongban.calendar.entity.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The arithmetic of time limits in working days with suspensions, on the official 2024-2026 calendar. */
class WorkingClockTest {

    private final WorkingCalendar calendar = HolidayFile.calendar();

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void dueOnTheNthWorkingDayAfterAcceptanceJustBeforeNationalDay() {
        // accepted Tue 29 Sep 2026: 30 Sep, (1-7 Oct off), 8, 9, Sat 10 Oct (调休), 12 Oct
        WorkingClock clock = WorkingClock.start(d("2026-09-29"), 5, calendar);
        assertEquals(d("2026-10-12"), clock.dueOn());
        assertFalse(clock.isProvisional());
        assertEquals(5, clock.daysLeft(d("2026-09-29"), calendar));
        assertEquals(4, clock.daysLeft(d("2026-10-07"), calendar));
        assertEquals(1, clock.daysLeft(d("2026-10-10"), calendar));
        assertEquals(0, clock.daysLeft(d("2026-10-12"), calendar));
        assertEquals(-1, clock.daysLeft(d("2026-10-13"), calendar));
    }

    @Test
    void oneSuspensionMovesTheDueDayByTheSuspendedWorkingDays() {
        WorkingClock clock = WorkingClock.start(d("2026-11-02"), 10, calendar);
        assertEquals(d("2026-11-16"), clock.dueOn());
        clock.suspend(d("2026-11-04"), calendar);            // 3 and 4 Nov used, 8 left
        assertTrue(clock.isSuspended());
        assertEquals(8, clock.daysLeft(d("2026-11-09"), calendar));
        clock.resume(d("2026-11-10"), calendar);             // 8 working days after Tue 10 Nov
        assertFalse(clock.isSuspended());
        assertEquals(d("2026-11-20"), clock.dueOn());
        assertEquals(8, clock.daysLeft(d("2026-11-10"), calendar));
        assertEquals(0, clock.remainingOn(d("2026-11-20"), calendar));
    }

    @Test
    void severalSuspensionsAddUp() {
        WorkingClock clock = WorkingClock.start(d("2026-11-02"), 10, calendar);
        clock.suspend(d("2026-11-04"), calendar);
        clock.resume(d("2026-11-10"), calendar);
        clock.suspend(d("2026-11-12"), calendar);            // 11, 12 Nov used: 6 left
        clock.suspend(d("2026-11-13"), calendar);            // a second stop while stopped changes nothing
        assertEquals(6, clock.daysLeft(d("2026-11-18"), calendar));
        clock.resume(d("2026-11-19"), calendar);
        assertEquals(d("2026-11-27"), clock.dueOn());
        // decided Mon 30 Nov: one working day late, 11 working days used in all
        assertEquals(-1, clock.remainingOn(d("2026-11-30"), calendar));
        clock.finish(d("2026-11-30"), calendar);
        assertFalse(clock.isRunning());
        assertEquals(-1, clock.daysLeft(d("2026-12-15"), calendar));
        assertEquals(d("2026-11-27"), clock.dueOn());
    }

    @Test
    void aSuspensionOverTheHolidaysCountsNoneOfThem() {
        WorkingClock clock = WorkingClock.start(d("2026-09-21"), 10, calendar);
        assertEquals(d("2026-10-12"), clock.dueOn());
        clock.suspend(d("2026-09-24"), calendar);            // 22, 23, 24 Sep used: 7 left
        clock.resume(d("2026-10-08"), calendar);             // 9, Sat 10 (调休), 12, 13, 14, 15, 16 Oct
        assertEquals(d("2026-10-16"), clock.dueOn());
    }

    @Test
    void sameDaySuspensionChangesNothing() {
        WorkingClock clock = WorkingClock.start(d("2026-11-02"), 10, calendar);
        clock.suspend(d("2026-11-05"), calendar);
        clock.resume(d("2026-11-05"), calendar);
        assertEquals(d("2026-11-16"), clock.dueOn());
    }

    @Test
    void anOverdueClockStaysOverdueAcrossASuspension() {
        WorkingClock clock = WorkingClock.start(d("2026-11-02"), 2, calendar);
        assertEquals(d("2026-11-04"), clock.dueOn());
        clock.suspend(d("2026-11-06"), calendar);            // two working days late when stopped
        assertEquals(-2, clock.daysLeft(d("2026-11-08"), calendar));
        clock.resume(d("2026-11-09"), calendar);
        assertEquals(-2, clock.remainingOn(d("2026-11-09"), calendar));
        assertEquals(0, clock.remainingOn(clock.dueOn(), calendar));
        assertEquals(d("2026-11-05"), clock.dueOn());
    }

    @Test
    void theWarningDayLeavesTheConfiguredWorkingDays() {
        WorkingClock clock = WorkingClock.start(d("2026-11-02"), 10, calendar);
        assertEquals(d("2026-11-13"), clock.warningDay(1, calendar));    // Friday: one working day left (Mon 16)
        assertEquals(d("2026-11-16"), clock.warningDay(0, calendar));
        assertEquals(d("2026-11-02"), clock.warningDay(10, calendar));   // at once
        clock.suspend(d("2026-11-03"), calendar);
        assertNull(clock.warningDay(1, calendar));
    }

    @Test
    void aDueDayInAnUnpublishedYearIsProvisionalUntilThatYearIsPublished() {
        // accepted Tue 15 Dec 2026 for 20 working days: 12 are left in 2026, the rest fall into 2027
        WorkingClock clock = WorkingClock.start(d("2026-12-15"), 20, calendar);
        assertTrue(clock.isProvisional());
        assertNull(clock.dueOn());
        assertEquals(20, clock.daysLeft(d("2026-12-15"), calendar));
        assertEquals(8, clock.daysLeft(d("2026-12-31"), calendar));
        assertNull(clock.daysLeft(d("2027-01-04"), calendar), "never guessed");
        assertEquals(d("2026-12-31"), clock.warningDay(8, calendar));
        assertNull(clock.warningDay(1, calendar));
        assertFalse(clock.recompute(calendar));

        List<SpecialDay> days = new ArrayList<>(HolidayFile.days());
        days.add(new SpecialDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦"));
        WorkingCalendar with2027 = new WorkingCalendar(List.of(2024, 2025, 2026, 2027), days);
        assertTrue(clock.recompute(with2027));
        assertFalse(clock.isProvisional());
        assertEquals(d("2027-01-13"), clock.dueOn());          // 4-8 and 11-13 Jan
    }

    @Test
    void aSuspensionWhileProvisionalStillCountsTheDaysUsed() {
        WorkingClock clock = WorkingClock.start(d("2026-12-15"), 20, calendar);
        clock.suspend(d("2026-12-22"), calendar);            // 16, 17, 18, 21, 22 used: 15 left
        assertEquals(15, clock.daysLeft(d("2026-12-30"), calendar));
        clock.resume(d("2026-12-30"), calendar);
        assertTrue(clock.isProvisional());
        assertEquals(14, clock.daysLeft(d("2026-12-31"), calendar));
    }
}
