package cn.tongban.supervision.control;

import cn.tongban.calendar.entity.DayKind;
import cn.tongban.calendar.entity.SpecialDay;
import cn.tongban.calendar.entity.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Working-day limits on the official calendar, and on weekdays where the calendar is not yet published. */
class TimeLimitsTest {

    private final WorkingCalendar calendar = new WorkingCalendar(List.of(2026), List.of(
            new SpecialDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"),
            new SpecialDay(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY, "国庆节"),
            new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.ADJUSTED_WORKDAY, "国庆节")));

    @Test
    void countsTheWorkingDaysAfterTheFirstDay() {
        // Wednesday 25 November 2026: three working days are Thursday, Friday and Monday
        assertEquals(LocalDate.of(2026, 11, 30), TimeLimits.due(calendar, LocalDate.of(2026, 11, 25), 3));
    }

    @Test
    void holidaysDoNotCountAndAdjustedWeekendsDo() {
        // Wednesday 30 September: 1 and 2 October are holidays, Saturday 10 October is worked
        assertEquals(LocalDate.of(2026, 10, 6), TimeLimits.due(calendar, LocalDate.of(2026, 9, 30), 2));
        assertEquals(LocalDate.of(2026, 10, 10), TimeLimits.due(calendar, LocalDate.of(2026, 10, 9), 1));
    }

    @Test
    void anUnpublishedYearCountsWeekdays() {
        // Wednesday 30 December 2026: 31 December, then Friday 1 and Monday 4 January 2027 on weekdays
        assertEquals(LocalDate.of(2027, 1, 4), TimeLimits.due(calendar, LocalDate.of(2026, 12, 30), 3));
    }
}
