package cn.tongban.supervision.control;

import jakarta.enterprise.context.Dependent;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Time limits in working days (第七条: 工作日), for the supervision department's own limits and the acceptance
 * limit it watches.
 */
@Dependent
public class TimeLimits {

    /** The last day of a limit of {@code workingDays} starting the day after {@code from}. */
    public LocalDate due(LocalDate from, int workingDays) {
        LocalDate day = from;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorking(day)) {
                left--;
            }
        }
        return day;
    }

    private static boolean isWorking(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
