package cn.tongban.calendar.boundary;

import cn.tongban.calendar.entity.DayOnCalendar;
import cn.tongban.calendar.entity.DueDay;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.LocalDate;
import java.util.List;

/**
 * Anyone's questions to the official calendar (the public API and the service office's due-day tool): what a day
 * is, and when a time limit of so many working days falls due. A day in a year whose calendar is not published is
 * answered with {@code calendar.unpublished} naming the year, never with weekends only.
 */
@Stateless
@PermitAll
public class CalendarLookup {

    @EJB
    Calendars calendars;

    public DayOnCalendar day(LocalDate date) {
        if (date == null) {
            throw BusinessException.invalidFields(List.of(new Violation("date", "field.required")));
        }
        return DayOnCalendar.of(calendars.current(), date);
    }

    /** The due day on published calendars only; refused with {@code calendar.unpublished} beyond them. */
    public DueDay due(LocalDate from, Integer days) {
        return DueDay.count(calendars.current(), from, days);
    }

    /** The due day, estimated beyond the published calendars and then marked provisional (the planning tool). */
    public DueDay estimate(LocalDate from, Integer days) {
        return DueDay.estimate(calendars.current(), from, days);
    }
}
