package cn.tongban.calendar.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** One year of the calendar as the service office maintains it: published or still a draft, and its special days. */
public record YearCalendar(int year, boolean published, OffsetDateTime publishedAt, String publishedBy,
                           List<SpecialDay> days) implements Serializable {

    public YearCalendar {
        days = List.copyOf(days);
    }
}
