package cn.tongban.calendar.entity;

import cn.tongban.platform.entity.BusinessException;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working days of the published years: weekdays work and weekends rest, except the public holidays (rest) and
 * the adjusted working weekend days (调休, work) of each year's notice. Time limits are counted on it
 * (行政许可法 第四十二、四十五、八十二条).
 * <p>
 * A year whose notice is not published is never guessed as "weekends only": any answer that needs a day of such a
 * year throws {@code calendar.unpublished} naming the year, so that callers show the deadline as provisional and
 * compute it again when the year is published.
 * <p>
 * Immutable; built from the database by {@code Calendars.current()} or from plain data in tests.
 */
public final class WorkingCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Integer> publishedYears;
    private final Map<LocalDate, SpecialDay> specialDays;

    /**
     * @param publishedYears the years whose notice is published
     * @param days           the special days; those of years not published are left out (they are drafts)
     */
    public WorkingCalendar(Collection<Integer> publishedYears, Collection<SpecialDay> days) {
        this.publishedYears = Set.copyOf(publishedYears);
        Map<LocalDate, SpecialDay> map = new HashMap<>();
        for (SpecialDay day : days) {
            if (this.publishedYears.contains(day.day().getYear())) {
                map.put(day.day(), day);
            }
        }
        this.specialDays = Map.copyOf(map);
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    /** The published years in ascending order. */
    public Set<Integer> publishedYears() {
        return new TreeSet<>(publishedYears);
    }

    public DayKind kind(LocalDate day) {
        requirePublished(day.getYear());
        SpecialDay special = specialDays.get(day);
        if (special != null) {
            return special.kind();
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? DayKind.REST : DayKind.WORKDAY;
    }

    public boolean isWorking(LocalDate day) {
        return kind(day).isWorking();
    }

    /** The name of the holiday (or of the holiday an adjusted working day belongs to), null on an ordinary day. */
    public String name(LocalDate day) {
        requirePublished(day.getYear());
        SpecialDay special = specialDays.get(day);
        return special == null ? null : special.name();
    }

    /**
     * The {@code n}th working day after {@code from}, {@code from} itself not counted whether or not it is a working
     * day (a time limit "counted from acceptance": 20 days after an acceptance on Monday is due on the 20th working
     * day after it). {@code n == 0} answers {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Count working days from zero: " + n);
        }
        LocalDate current = from;
        for (int counted = 0; counted < n; ) {
            current = current.plusDays(1);
            if (isWorking(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * The working days after {@code fromExclusive} up to and including {@code toInclusive}; negative when
     * {@code toInclusive} is before {@code fromExclusive} (then the working days after {@code toInclusive} up to
     * {@code fromExclusive}, counted backwards), so that "days left until the due day" turns negative once overdue.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorking(day)) {
                count++;
            }
        }
        return count;
    }

    private void requirePublished(int year) {
        if (!publishedYears.contains(year)) {
            throw BusinessException.unprocessable("calendar.unpublished", year);
        }
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + publishedYears() + " with " + specialDays.size() + " special days";
    }
}
