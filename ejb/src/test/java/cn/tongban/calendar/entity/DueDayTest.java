package cn.tongban.calendar.entity;

import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Due days on the seeded calendar of 2024–2026: counted where published, refused or marked provisional beyond. */
class DueDayTest {

    private final WorkingCalendar calendar = HolidayFile.calendar();

    @Test
    void withinPublishedYearsTheCountAndTheEstimateAgree() {
        DueDay due = DueDay.count(calendar, LocalDate.parse("2026-09-30"), 3);
        assertEquals(LocalDate.parse("2026-10-10"), due.due(), "国庆 rests, Saturday 10-10 works");
        assertFalse(due.isProvisional());
        assertEquals(due, DueDay.estimate(calendar, LocalDate.parse("2026-09-30"), 3));
        assertEquals(LocalDate.parse("2026-11-28"), DueDay.count(calendar, LocalDate.parse("2026-11-28"), 0).due());
    }

    @Test
    void beyondThePublishedYearsTheCountIsRefusedAndTheEstimateMarked() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> DueDay.count(calendar, LocalDate.parse("2026-12-30"), 3));
        assertEquals("calendar.unpublished", refused.key());

        DueDay estimate = DueDay.estimate(calendar, LocalDate.parse("2026-12-30"), 3);
        assertTrue(estimate.isProvisional());
        assertEquals(2027, estimate.provisionalYear());
        assertEquals(LocalDate.parse("2027-01-04"), estimate.due(), "12-31, then Friday 01-01 and Monday 01-04 as weekdays");
        assertNull(DueDay.estimate(calendar, LocalDate.parse("2026-12-30"), 1).provisionalYear(), "12-31 is published");
    }

    @Test
    void aCountNeedsAStartAndADayCountWithinTenYears() {
        BusinessException missing = assertThrows(BusinessException.class, () -> DueDay.count(calendar, null, null));
        assertEquals(2, missing.violations().size());
        assertEquals("calendar.daysRange",
                assertThrows(BusinessException.class, () -> DueDay.estimate(calendar, LocalDate.parse("2026-01-05"), -1))
                        .violations().get(0).key());
        assertEquals("calendar.daysRange",
                assertThrows(BusinessException.class, () -> DueDay.count(calendar, LocalDate.parse("2026-01-05"), 3651))
                        .violations().get(0).key());
    }
}
