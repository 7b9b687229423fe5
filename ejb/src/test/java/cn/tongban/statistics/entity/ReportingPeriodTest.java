package cn.tongban.statistics.entity;

import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportingPeriodTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void presetsAreTheWholeMonthQuarterAndYearOfToday() {
        LocalDate today = day("2026-11-25");
        assertEquals(ReportingPeriod.of(day("2026-11-01"), day("2026-11-30")), PeriodPreset.THIS_MONTH.period(today));
        assertEquals(ReportingPeriod.of(day("2026-10-01"), day("2026-12-31")), PeriodPreset.THIS_QUARTER.period(today));
        assertEquals(ReportingPeriod.of(day("2026-01-01"), day("2026-12-31")), PeriodPreset.THIS_YEAR.period(today));
        assertEquals(ReportingPeriod.of(day("2028-02-01"), day("2028-02-29")), PeriodPreset.THIS_MONTH.period(day("2028-02-10")),
                "a leap February");
        assertEquals(ReportingPeriod.of(day("2026-01-01"), day("2026-03-31")), PeriodPreset.THIS_QUARTER.period(day("2026-03-31")));
        assertEquals(ReportingPeriod.of(day("2026-04-01"), day("2026-06-30")), PeriodPreset.THIS_QUARTER.period(day("2026-04-01")));
    }

    @Test
    void boundsAreMidnightsInBeijing() {
        ReportingPeriod period = ReportingPeriod.of(day("2026-11-01"), day("2026-11-30"));
        assertEquals(OffsetDateTime.of(2026, 10, 31, 16, 0, 0, 0, ZoneOffset.UTC).toInstant(), period.start().toInstant());
        assertEquals(OffsetDateTime.of(2026, 11, 30, 16, 0, 0, 0, ZoneOffset.UTC).toInstant(), period.end().toInstant());
        assertEquals(30, period.days());
    }

    @Test
    void aShortPeriodIsSlicedByDayALongerOneByMonth() {
        ReportingPeriod week = ReportingPeriod.of(day("2026-11-23"), day("2026-11-25"));
        assertEquals(Granularity.DAY, week.granularity());
        assertEquals(List.of(day("2026-11-23"), day("2026-11-24"), day("2026-11-25")), week.slices());
        assertEquals(2, week.sliceBounds().size(), "the first slice needs no lower bound beyond the period's");

        ReportingPeriod quarter = ReportingPeriod.of(day("2026-08-15"), day("2026-11-10"));
        assertEquals(Granularity.MONTH, quarter.granularity());
        assertEquals(List.of(day("2026-08-15"), day("2026-09-01"), day("2026-10-01"), day("2026-11-01")), quarter.slices());
        assertEquals(day("2026-09-01").atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                quarter.sliceBounds().get(0));

        assertEquals(Granularity.DAY, ReportingPeriod.of(day("2026-01-01"), day("2026-03-03")).granularity(), "62 days");
        assertEquals(Granularity.MONTH, ReportingPeriod.of(day("2026-01-01"), day("2026-03-04")).granularity(), "63 days");
        assertEquals(List.of(day("2026-05-05")), ReportingPeriod.of(day("2026-05-05"), day("2026-05-05")).slices());
    }

    @Test
    void aPeriodMustBeCompleteInOrderAndAtMostFiveYears() {
        BusinessException missing = assertThrows(BusinessException.class, () -> ReportingPeriod.of(null, null));
        assertEquals(List.of("from", "to"), missing.violations().stream().map(v -> v.field()).toList());
        BusinessException reversed = assertThrows(BusinessException.class,
                () -> ReportingPeriod.of(day("2026-11-02"), day("2026-11-01")));
        assertEquals("statistics.period.reversed", reversed.violations().get(0).key());
        assertEquals(BusinessException.Reason.INVALID, reversed.reason());
        BusinessException tooLong = assertThrows(BusinessException.class,
                () -> ReportingPeriod.of(day("2021-01-01"), day("2026-01-01")));
        assertEquals("statistics.period.tooLong", tooLong.violations().get(0).key());
        assertEquals(60, ReportingPeriod.of(day("2021-01-01"), day("2025-12-31")).slices().size());
    }
}
