package cn.tongban.calendar.entity;

/**
 * What a day is on the official calendar. {@link #WORKDAY} and {@link #REST} are the ordinary weekday and weekend;
 * {@link #HOLIDAY} and {@link #ADJUSTED_WORKDAY} (调休上班) are the exceptions a yearly notice announces, the only
 * kinds stored.
 */
public enum DayKind {
    WORKDAY, REST, HOLIDAY, ADJUSTED_WORKDAY;

    public boolean isWorking() {
        return this == WORKDAY || this == ADJUSTED_WORKDAY;
    }

    /** Whether the service office records days of this kind; the other two follow from the day of the week. */
    public boolean isSpecial() {
        return this == HOLIDAY || this == ADJUSTED_WORKDAY;
    }
}
