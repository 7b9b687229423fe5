package cn.tongban.changes.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    /** The week of Monday 30 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void weekdaysWorkWeekendsRest() {
        for (int i = 0; i < 7; i++) {
            LocalDate day = MONDAY.plusDays(i);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend, workingDays.isWorkingDay(day), day.toString());
        }
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
            // across a month and a year end
            "2026-12-28, 5, 2027-01-04"
    })
    void countsWorkingDaysAfterTheDayItselfNotCounted(LocalDate day, int count, LocalDate expected) {
        assertEquals(expected, workingDays.after(day, count));
        assertTrue(workingDays.isWorkingDay(workingDays.after(day, count)));
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
