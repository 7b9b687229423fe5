package cn.tongban.calendar.control;

import cn.tongban.calendar.entity.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * This node's copy of the calendar with the stamp of the data it was built from. Each node reads the stamp (one
 * tiny query) and rebuilds its copy only when another node or this one changed the calendar: no cluster-wide
 * cache to keep in step, and no node ever counts on a calendar older than the database.
 */
@ApplicationScoped
public class CalendarCache {

    private record Entry(String stamp, WorkingCalendar calendar) {
    }

    private volatile Entry entry;

    public Optional<WorkingCalendar> get(String stamp) {
        Entry current = entry;
        return current != null && current.stamp().equals(stamp) ? Optional.of(current.calendar()) : Optional.empty();
    }

    public void put(String stamp, WorkingCalendar calendar) {
        entry = new Entry(stamp, calendar);
    }
}
