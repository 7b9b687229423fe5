package cn.tongban.changes.control;

import cn.tongban.calendar.entity.HolidayFile;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notice period of 第十七条 on the official calendar of 2024–2026 as seeded. */
class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(HolidayFile.calendar());

    /** The week of Monday 30 November 2026, without holidays. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void inAnOrdinaryWeekWeekdaysWorkWeekendsRest() {
        for (int i = 0; i < 7; i++) {
            LocalDate day = MONDAY.plusDays(i);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend, workingDays.isWorkingDay(day), day.toString());
        }
    }

    @Test
    void holidaysRestAndAdjustedWeekendsWork() {
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 10, 1)), "国庆节, a Thursday");
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday worked after 国庆");
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 1, 4)), "a Sunday worked after 元旦");
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // filed on a Monday: Tuesday is the first working day after it, the next Monday the fifth
            "2026-11-30, 1, 2026-12-01",
            "2026-11-30, 4, 2026-12-04",
            "2026-11-30, 5, 2026-12-07",
            // Wednesday: the count runs across the weekend
            "2026-12-02, 5, 2026-12-09",
            // Friday: the weekend does not count, so the fifth is the next Friday
            "2026-12-04, 1, 2026-12-07",
            "2026-12-04, 5, 2026-12-11",
            // Saturday and Sunday, themselves no working days: the next Friday as well
            "2026-12-05, 5, 2026-12-11",
            "2026-12-06, 5, 2026-12-11",
            "2026-12-06, 4, 2026-12-10",
            // across 国庆: 10-01 to 10-07 rest, Saturday 10-10 works
            "2026-09-30, 1, 2026-10-08",
            "2026-09-30, 3, 2026-10-10",
            "2026-09-30, 5, 2026-10-13",
            // across the new year: 01-01 to 01-03 rest, Sunday 01-04 works
            "2025-12-31, 1, 2026-01-04",
            "2025-12-29, 5, 2026-01-06"
    })
    void countsWorkingDaysAfterTheDayItselfNotCounted(LocalDate day, int count, LocalDate expected) {
        assertEquals(expected, workingDays.after(day, count));
        assertTrue(workingDays.isWorkingDay(workingDays.after(day, count)));
    }

    @Test
    void aCountIntoAnUnpublishedYearIsRefusedNotGuessed() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> workingDays.after(LocalDate.of(2026, 12, 28), 5));
        assertEquals(BusinessException.Reason.UNPROCESSABLE, refused.reason());
        assertEquals("calendar.unpublished", refused.key());
    }

    @Test
    void theFilingDayItselfIsNeverCounted() {
        LocalDate tuesday = MONDAY.plusDays(1);
        assertTrue(workingDays.isWorkingDay(tuesday));
        assertEquals(MONDAY.plusDays(2), workingDays.after(tuesday, 1));
        assertFalse(workingDays.after(tuesday, 5).isBefore(tuesday.plusDays(7)));
    }

    @Test
    void countsFromOne() {
        assertThrows(IllegalArgumentException.class, () -> workingDays.after(MONDAY, 0));
        assertThrows(NullPointerException.class, () -> workingDays.after(null, 5));
    }
}
