package cn.tongban.changes.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which days are working days, and counting them, for the notice period of a planned upgrade (第十七条: 提前五个
 * 工作日). For now Monday to Friday are working days and Saturday and Sunday are not. The official calendar of
 * the public holidays and the adjusted working weekends (调休) replaces this rule when it arrives; callers only
 * ask this class, so they need not change.
 */
@ApplicationScoped
public class WorkingDays {

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code count}th working day after {@code day}, the day itself not counted, whether or not it is a working
     * day: five working days after Monday is the next Monday, after Friday or Saturday the next Friday.
     */
    public LocalDate after(LocalDate day, int count) {
        Objects.requireNonNull(day);
        if (count < 1) {
            throw new IllegalArgumentException("Count working days from one: " + count);
        }
        LocalDate current = day;
        for (int counted = 0; counted < count; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
