package cn.tongban.calendar.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A day a yearly notice makes different from its day of the week: a public holiday or an adjusted working day. */
public record SpecialDay(LocalDate day, DayKind kind, String name) implements Serializable {

    public SpecialDay {
        Objects.requireNonNull(day);
        if (kind == null || !kind.isSpecial()) {
            throw new IllegalArgumentException("Only holidays and adjusted working days are special: " + kind);
        }
    }
}
