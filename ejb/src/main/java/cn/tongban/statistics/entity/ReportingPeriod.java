package cn.tongban.statistics.entity;

import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a statistic covers, both included, dated in China Standard Time. At most {@value #MAX_YEARS} years,
 * so that a trend stays readable and a query bounded. A period of up to {@value #MAX_DAYS_BY_DAY} days is shown
 * day by day, a longer one month by month.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) implements Serializable {

    public static final int MAX_YEARS = 5;
    static final int MAX_DAYS_BY_DAY = 62;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public ReportingPeriod {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", "field.required"));
        }
        if (to == null) {
            violations.add(new Violation("to", "field.required"));
        }
        if (violations.isEmpty() && to.isBefore(from)) {
            violations.add(new Violation("to", "statistics.period.reversed", from, to));
        }
        if (violations.isEmpty() && !to.isBefore(from.plusYears(MAX_YEARS))) {
            violations.add(new Violation("to", "statistics.period.tooLong", MAX_YEARS));
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
    }

    public static ReportingPeriod of(LocalDate from, LocalDate to) {
        return new ReportingPeriod(from, to);
    }

    /** The first instant of the period: midnight of its first day in Beijing. */
    public OffsetDateTime start() {
        return from.atStartOfDay(CHINA).toOffsetDateTime();
    }

    /** The first instant after the period: midnight after its last day in Beijing. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Granularity granularity() {
        return days() <= MAX_DAYS_BY_DAY ? Granularity.DAY : Granularity.MONTH;
    }

    /**
     * The first day of each slice of the trend, in order: the period's first day, then each following day or the
     * first of each following month. A month slice is cut to the period, so the first may start mid-month.
     */
    public List<LocalDate> slices() {
        Granularity granularity = granularity();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = granularity.next(start)) {
            starts.add(start);
        }
        return starts;
    }

    /** The instants where the second and each later slice begin: the bounds a query compares a time against. */
    public List<OffsetDateTime> sliceBounds() {
        return slices().stream().skip(1).map(day -> day.atStartOfDay(CHINA).toOffsetDateTime()).toList();
    }
}
