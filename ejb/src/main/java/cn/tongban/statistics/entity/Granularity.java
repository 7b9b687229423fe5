package cn.tongban.statistics.entity;

import java.time.LocalDate;

/** How a period is cut for a trend: into days for a short period, into calendar months for a longer one. */
public enum Granularity {
    DAY, MONTH;

    /** The day that starts the next slice after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return this == DAY ? start.plusDays(1) : start.withDayOfMonth(1).plusMonths(1);
    }
}
