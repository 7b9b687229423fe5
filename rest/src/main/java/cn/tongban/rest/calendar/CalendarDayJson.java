package cn.tongban.rest.calendar;

import cn.tongban.calendar.entity.DayOnCalendar;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A day on the official calendar; {@code name} is the holiday's, null on an ordinary day. */
@Schema(name = "CalendarDay")
@JsonbNillable
@JsonbPropertyOrder({"date", "working", "kind", "name"})
public record CalendarDayJson(LocalDate date, boolean working,
                              @Schema(enumeration = {"WORKDAY", "REST", "HOLIDAY", "ADJUSTED_WORKDAY"}) String kind,
                              String name) {

    static CalendarDayJson of(DayOnCalendar day) {
        return new CalendarDayJson(day.date(), day.working(), day.kind().name(), day.name());
    }
}
