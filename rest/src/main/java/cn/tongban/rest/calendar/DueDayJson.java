package cn.tongban.rest.calendar;

import cn.tongban.calendar.entity.DueDay;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The {@code days}-th working day after {@code from}, {@code from} itself not counted. */
@Schema(name = "DueDay")
@JsonbPropertyOrder({"from", "days", "due"})
public record DueDayJson(LocalDate from, int days, LocalDate due) {

    static DueDayJson of(DueDay due) {
        return new DueDayJson(due.from(), due.days(), due.due());
    }
}
