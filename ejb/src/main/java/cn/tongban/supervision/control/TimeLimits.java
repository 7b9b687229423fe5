package cn.tongban.supervision.control;

import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Time limits in working days on the official calendar (第七条: 工作日, with the public holidays and 调休), for the
 * supervision department's own limits (complaints) and the acceptance limit it watches.
 *
 * <p>A limit that reaches into a year whose calendar is not yet published is counted on weekdays instead: a
 * complaint must be received and a late application found whatever the calendar's state, and a weekday count
 * errs by at most the holidays of the first days of a year.
 */
@Dependent
public class TimeLimits {

    static final String UNPUBLISHED = "calendar.unpublished";

    @EJB
    Calendars calendars;

    /** The calendar in force, to count several limits with one look-up. */
    public WorkingCalendar calendar() {
        return calendars.current();
    }

    /** The last day of a limit of {@code workingDays} counted from the day after {@code from}. */
    public LocalDate due(LocalDate from, int workingDays) {
        return due(calendar(), from, workingDays);
    }

    public static LocalDate due(WorkingCalendar calendar, LocalDate from, int workingDays) {
        try {
            return calendar.addWorkingDays(from, workingDays);
        } catch (BusinessException e) {
            if (!UNPUBLISHED.equals(e.key())) {
                throw e;
            }
            return onWeekdays(from, workingDays);
        }
    }

    static LocalDate onWeekdays(LocalDate from, int workingDays) {
        LocalDate day = from;
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
