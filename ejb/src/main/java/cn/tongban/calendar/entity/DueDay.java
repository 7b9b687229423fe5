package cn.tongban.calendar.entity;

import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day a time limit of {@code days} working days counted from {@code from} falls due: the {@code days}-th working
 * day after it (行政许可法 第四十二、八十二条), {@code from} itself not counted. {@code provisionalYear} is null for a
 * due day counted on published calendars only; otherwise it names the first year counted without one, whose days
 * were taken as weekdays working and weekends resting — an estimate to be shown as provisional, never as due.
 */
public record DueDay(LocalDate from, int days, LocalDate due, Integer provisionalYear) implements Serializable {

    public boolean isProvisional() {
        return provisionalYear != null;
    }

    /** The longest time limit that may be asked for: ten years of calendar days is far beyond any in the law. */
    public static final int MAX_DAYS = 3650;

    /**
     * Counts on the calendar; a missing start, a count outside 0..{@value #MAX_DAYS}, or a year on the way whose
     * calendar is not published ({@code calendar.unpublished}) is refused, never guessed.
     */
    public static DueDay count(WorkingCalendar calendar, LocalDate from, Integer days) {
        validate(from, days);
        return new DueDay(from, days, calendar.addWorkingDays(from, days), null);
    }

    /**
     * Counts on the calendar where it is published and estimates beyond it, marking the answer provisional with the
     * first year estimated; for a person planning ahead, who sees the mark.
     */
    public static DueDay estimate(WorkingCalendar calendar, LocalDate from, Integer days) {
        validate(from, days);
        LocalDate current = from;
        Integer provisional = null;
        for (int counted = 0; counted < days; ) {
            current = current.plusDays(1);
            boolean working;
            if (calendar.isPublished(current.getYear())) {
                working = calendar.isWorking(current);
            } else {
                provisional = provisional == null ? Integer.valueOf(current.getYear()) : provisional;
                working = current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY;
            }
            if (working) {
                counted++;
            }
        }
        return new DueDay(from, days, current, provisional);
    }

    private static void validate(LocalDate from, Integer days) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", "field.required"));
        }
        if (days == null) {
            violations.add(new Violation("days", "field.required"));
        } else if (days < 0 || days > MAX_DAYS) {
            violations.add(new Violation("days", "calendar.daysRange", MAX_DAYS));
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
    }
}
