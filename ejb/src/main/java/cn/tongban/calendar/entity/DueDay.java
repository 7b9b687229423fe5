package cn.tongban.calendar.entity;

import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day a time limit of {@code days} working days counted from {@code from} falls due: the {@code days}-th working
 * day after it (行政许可法 第四十二、八十二条), {@code from} itself not counted.
 */
public record DueDay(LocalDate from, int days, LocalDate due) implements Serializable {

    /** The longest time limit that may be asked for: ten years of calendar days is far beyond any in the law. */
    public static final int MAX_DAYS = 3650;

    /**
     * Counts on the calendar; a missing start, a count outside 0..{@value #MAX_DAYS}, or a year on the way whose
     * calendar is not published ({@code calendar.unpublished}) is refused, never guessed.
     */
    public static DueDay count(WorkingCalendar calendar, LocalDate from, Integer days) {
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
        return new DueDay(from, days, calendar.addWorkingDays(from, days));
    }
}
