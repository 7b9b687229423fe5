package cn.tongban.deadlines.entity;

import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.platform.boundary.Clocks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What deadlines are counted with: the official calendar in force and the number of working days left at which
 * a task's yellow warning is raised ({@code tongban.deadlines.warning-days}). Days are dated in China Standard Time.
 */
public record DeadlineRules(WorkingCalendar calendar, int warningDays) {

    public DeadlineRules {
        Objects.requireNonNull(calendar);
        if (warningDays < 0) {
            throw new IllegalArgumentException("warning days must not be negative: " + warningDays);
        }
    }

    /** The day, in Beijing, of a moment. */
    public static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Clocks.CHINA).toLocalDate();
    }

    /** The first moment of a day in Beijing. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.CHINA).toOffsetDateTime();
    }
}
