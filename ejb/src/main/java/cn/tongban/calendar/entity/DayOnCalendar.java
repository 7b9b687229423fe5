package cn.tongban.calendar.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** What the official calendar says of one day: whether it is worked, its kind, and the holiday's name if any. */
public record DayOnCalendar(LocalDate date, boolean working, DayKind kind, String name) implements Serializable {

    public static DayOnCalendar of(WorkingCalendar calendar, LocalDate date) {
        DayKind kind = calendar.kind(date);
        return new DayOnCalendar(date, kind.isWorking(), kind, calendar.name(date));
    }
}
