package cn.tongban.calendar.entity;

import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static cn.tongban.calendar.entity.DayKind.*;
import static org.junit.jupiter.api.Assertions.*;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = HolidayFile.calendar();

    static Stream<SpecialDay> days2026() {
        return HolidayFile.days().stream().filter(d -> d.day().getYear() == 2026);
    }

    @ParameterizedTest
    @MethodSource("days2026")
    void everySpecialDayOf2026AsTheNoticeSays(SpecialDay special) {
        assertEquals(special.kind(), calendar.kind(special.day()));
        assertEquals(special.kind() == ADJUSTED_WORKDAY, calendar.isWorking(special.day()));
        assertEquals(special.name(), calendar.name(special.day()));
    }

    @Test
    void theFileHoldsThe2026Blocks() {
        // 元旦 3, 春节 9, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7 days off; six adjusted working weekend days
        assertEquals(33, days2026().filter(d -> d.kind() == HOLIDAY).count());
        assertEquals(6, days2026().filter(d -> d.kind() == ADJUSTED_WORKDAY).count());
    }

    /** Each 2026 holiday block and its adjusted working days, one day either side included. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // 元旦: Thu 1 - Sat 3 off, Sun 4 works
            "2025-12-31, WORKDAY", "2026-01-01, HOLIDAY", "2026-01-02, HOLIDAY", "2026-01-03, HOLIDAY",
            "2026-01-04, ADJUSTED_WORKDAY", "2026-01-05, WORKDAY",
            // 春节: Sat 14 Feb works, Sun 15 - Mon 23 off, Sat 28 works
            "2026-02-13, WORKDAY", "2026-02-14, ADJUSTED_WORKDAY", "2026-02-15, HOLIDAY", "2026-02-17, HOLIDAY",
            "2026-02-21, HOLIDAY", "2026-02-23, HOLIDAY", "2026-02-24, WORKDAY", "2026-02-28, ADJUSTED_WORKDAY",
            "2026-03-01, REST",
            // 清明: Sat 4 - Mon 6 April
            "2026-04-03, WORKDAY", "2026-04-04, HOLIDAY", "2026-04-06, HOLIDAY", "2026-04-07, WORKDAY",
            // 劳动节: Fri 1 - Tue 5 May off, Sat 9 works
            "2026-04-30, WORKDAY", "2026-05-01, HOLIDAY", "2026-05-05, HOLIDAY", "2026-05-06, WORKDAY",
            "2026-05-09, ADJUSTED_WORKDAY", "2026-05-10, REST",
            // 端午: Fri 19 - Sun 21 June
            "2026-06-18, WORKDAY", "2026-06-19, HOLIDAY", "2026-06-21, HOLIDAY", "2026-06-22, WORKDAY",
            // 中秋: Sun 20 Sep works, Fri 25 - Sun 27 off; 国庆: Thu 1 - Wed 7 Oct off, Sat 10 works
            "2026-09-19, REST", "2026-09-20, ADJUSTED_WORKDAY", "2026-09-25, HOLIDAY", "2026-09-27, HOLIDAY",
            "2026-09-28, WORKDAY", "2026-09-30, WORKDAY", "2026-10-01, HOLIDAY", "2026-10-07, HOLIDAY",
            "2026-10-08, WORKDAY", "2026-10-10, ADJUSTED_WORKDAY", "2026-10-11, REST",
            // ordinary days
            "2026-11-25, WORKDAY", "2026-11-28, REST", "2026-11-29, REST"
    })
    void kindsAroundEveryBlock(LocalDate day, DayKind kind) {
        assertEquals(kind, calendar.kind(day));
        assertEquals(kind.isWorking(), calendar.isWorking(day));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-11-25, 0, 2026-11-25",
            "2026-11-25, 1, 2026-11-26",
            "2026-11-27, 1, 2026-11-30",   // Friday -> Monday
            "2026-11-28, 1, 2026-11-30",   // from a rest day, that day not counted
            "2026-09-30, 1, 2026-10-08",   // over 国庆
            "2026-09-30, 3, 2026-10-10",   // the adjusted Saturday counts
            "2026-09-24, 1, 2026-09-28",   // over 中秋
            "2026-02-13, 1, 2026-02-14",   // the adjusted Saturday before 春节
            "2026-02-13, 2, 2026-02-24",   // then nine days off
            "2026-04-30, 1, 2026-05-06",   // over 劳动节
            "2026-05-06, 3, 2026-05-09",   // its adjusted Saturday
            "2026-06-18, 1, 2026-06-22",   // over 端午
            "2026-04-03, 1, 2026-04-07",   // over 清明
            "2025-12-31, 1, 2026-01-04",   // across the year boundary onto the adjusted Sunday
            "2025-12-31, 2, 2026-01-05",
            "2024-12-31, 1, 2025-01-02",   // 元旦 2025
            "2026-09-18, 20, 2026-10-22"   // 20 days over 中秋 and 国庆: 5 + 3 + 2 (incl. 10 Oct) + 10
    })
    void addingWorkingDays(LocalDate from, int n, LocalDate due) {
        assertEquals(due, calendar.addWorkingDays(from, n));
        if (n > 0) {
            assertEquals(n, calendar.workingDaysBetween(from, due));
        }
    }

    @Test
    void daysBetweenTurnNegativeWhenOverdue() {
        assertEquals(0, calendar.workingDaysBetween(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-25")));
        assertEquals(-1, calendar.workingDaysBetween(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-25")));
        assertEquals(-1, calendar.workingDaysBetween(LocalDate.parse("2026-10-08"), LocalDate.parse("2026-09-30")));
        assertEquals(-2, calendar.workingDaysBetween(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-26")));
    }

    @Test
    void anUnpublishedYearIsNeverGuessed() {
        assertTrue(calendar.isPublished(2026));
        assertFalse(calendar.isPublished(2027));
        assertEquals(LocalDate.parse("2026-12-31"), calendar.addWorkingDays(LocalDate.parse("2026-12-30"), 1));
        BusinessException e = assertThrows(BusinessException.class,
                () -> calendar.addWorkingDays(LocalDate.parse("2026-12-30"), 2));
        assertEquals(BusinessException.Reason.UNPROCESSABLE, e.reason());
        assertEquals("calendar.unpublished", e.key());
        assertTrue(e.getMessage().contains("2027"), e.getMessage());
        assertFalse(e.getMessage().contains("2,027"), e.getMessage());
        assertThrows(BusinessException.class, () -> calendar.kind(LocalDate.parse("2027-01-04")));
        assertThrows(BusinessException.class, () -> calendar.isWorking(LocalDate.parse("2023-12-29")));
        assertThrows(BusinessException.class,
                () -> calendar.workingDaysBetween(LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-05")));
    }

    @Test
    void draftDaysOfAnUnpublishedYearDoNotCount() {
        var draft = new SpecialDay(LocalDate.parse("2027-01-01"), HOLIDAY, "元旦");
        var withDraft = new WorkingCalendar(List.of(2026), List.of(draft));
        assertThrows(BusinessException.class, () -> withDraft.kind(draft.day()));
        var published = new WorkingCalendar(List.of(2026, 2027), List.of(draft));
        assertEquals(HOLIDAY, published.kind(draft.day()));
        assertEquals(LocalDate.parse("2027-01-04"), published.addWorkingDays(LocalDate.parse("2026-12-31"), 1));
    }

    @Test
    void specialDaysAreOnlyHolidaysAndAdjustedWorkdays() {
        assertThrows(IllegalArgumentException.class, () -> new SpecialDay(LocalDate.parse("2026-12-01"), REST, "x"));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.parse("2026-12-01"), -1));
    }
}
