package cn.tongban.statistics.entity;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods a dashboard offers at one click: the current month, quarter or year, up to today's end. */
public enum PeriodPreset {
    THIS_MONTH, THIS_QUARTER, THIS_YEAR;

    /** The whole calendar month, quarter or year that holds {@code today}. */
    public ReportingPeriod period(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> ReportingPeriod.of(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case THIS_QUARTER -> {
                LocalDate first = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
                yield ReportingPeriod.of(first, first.plusMonths(3).minusDays(1));
            }
            case THIS_YEAR -> ReportingPeriod.of(today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear()));
        };
    }
}
