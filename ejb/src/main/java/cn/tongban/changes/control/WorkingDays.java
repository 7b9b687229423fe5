package cn.tongban.changes.control;

import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.calendar.entity.WorkingCalendar;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which days are working days, and counting them, for the notice period of a planned upgrade (第十七条: 提前五个
 * 工作日), on the official calendar: public holidays rest and adjusted working weekends (调休) work. A count that
 * needs a year whose calendar is not published yet is refused ({@code calendar.unpublished}, naming the year)
 * instead of being guessed from the weekends.
 */
@Dependent
public class WorkingDays {

    private final Supplier<WorkingCalendar> calendar;

    /** On the calendar as the service office publishes it, read afresh for every question. */
    @Inject
    public WorkingDays(Calendars calendars) {
        this.calendar = calendars::current;
    }

    /** On a given calendar, e.g. the seeded one in a test. */
    public WorkingDays(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar);
        this.calendar = () -> calendar;
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.get().isWorking(day);
    }

    /**
     * The {@code count}th working day after {@code day}, the day itself not counted, whether or not it is a working
     * day: five working days after Monday is the next Monday in an ordinary week, later when holidays intervene.
     */
    public LocalDate after(LocalDate day, int count) {
        Objects.requireNonNull(day);
        if (count < 1) {
            throw new IllegalArgumentException("Count working days from one: " + count);
        }
        return calendar.get().addWorkingDays(day, count);
    }
}
