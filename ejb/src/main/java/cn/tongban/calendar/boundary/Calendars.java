package cn.tongban.calendar.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.calendar.control.CalendarCache;
import cn.tongban.calendar.entity.CalendarDay;
import cn.tongban.calendar.entity.CalendarPublished;
import cn.tongban.calendar.entity.CalendarYear;
import cn.tongban.calendar.entity.DayKind;
import cn.tongban.calendar.entity.SpecialDay;
import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.calendar.entity.YearCalendar;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official working-day calendar: the one every deadline is counted on, and its upkeep by the service office
 * (第九条), which enters each year's holidays and adjusted working days (调休) from the State Council's notice and
 * publishes the year. Deadlines that reached into a year before it was published are computed on publication
 * ({@link CalendarPublished}).
 */
@Stateless
public class Calendars {

    static final int MAX_NAME_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarCache cache;

    @Inject
    Clock clock;

    @Inject
    Event<CalendarPublished> published;

    @EJB
    Accounts accounts;

    /** The calendar of the published years: one small query when nothing changed since this node last built it. */
    @PermitAll
    public WorkingCalendar current() {
        Object[] row = (Object[]) em.createNamedQuery(CalendarYear.STAMP).getSingleResult();
        String stamp = row[0] + ":" + row[1];
        return cache.get(stamp).orElseGet(() -> {
            WorkingCalendar calendar = load();
            cache.put(stamp, calendar);
            return calendar;
        });
    }

    private WorkingCalendar load() {
        List<Integer> years = em.createNamedQuery(CalendarYear.FIND_ALL, CalendarYear.class).getResultStream()
                .filter(CalendarYear::isPublished).map(CalendarYear::getYear).toList();
        List<SpecialDay> days = em.createNamedQuery(CalendarDay.FIND_ALL, CalendarDay.class).getResultStream()
                .map(CalendarDay::special).toList();
        return new WorkingCalendar(years, days);
    }

    /** Every year the calendar holds, published or draft, with its special days, in order. */
    @PermitAll
    public List<YearCalendar> years() {
        Map<Integer, List<SpecialDay>> days = new LinkedHashMap<>();
        for (CalendarDay day : em.createNamedQuery(CalendarDay.FIND_ALL, CalendarDay.class).getResultList()) {
            days.computeIfAbsent(day.getYear(), y -> new ArrayList<>()).add(day.special());
        }
        return em.createNamedQuery(CalendarYear.FIND_ALL, CalendarYear.class).getResultStream()
                .map(y -> new YearCalendar(y.getYear(), y.isPublished(), y.getPublishedAt(), y.getPublishedBy(),
                        days.getOrDefault(y.getYear(), List.of())))
                .toList();
    }

    /**
     * Enters or changes a holiday or an adjusted working day of a year not yet published, creating the draft year
     * if needed. Past days never change: deadlines already ran on them.
     */
    @RolesAllowed(Role.Names.SERVICE_OFFICE)
    public SpecialDay setDay(LocalDate day, DayKind kind, String name) {
        String text = name == null ? null : name.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        List<Violation> violations = new ArrayList<>();
        if (day == null) {
            violations.add(new Violation("day", "calendar.dayRequired"));
        } else if (day.isBefore(today())) {
            violations.add(new Violation("day", "calendar.pastDay", day.toString()));
        }
        if (kind == null || !kind.isSpecial()) {
            violations.add(new Violation("kind", "calendar.kindSpecial"));
        } else if (kind == DayKind.ADJUSTED_WORKDAY && day != null && !isWeekend(day)) {
            violations.add(new Violation("kind", "calendar.adjustedNotWeekend", String.valueOf(day)));
        }
        if (kind == DayKind.HOLIDAY && text == null) {
            violations.add(new Violation("name", "calendar.nameRequired"));
        } else if (text != null && (text.length() > MAX_NAME_LENGTH || text.chars().anyMatch(Character::isISOControl))) {
            violations.add(new Violation("name", "calendar.nameInvalid", MAX_NAME_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        year(day.getYear(), true).changed();
        SpecialDay special = new SpecialDay(day, kind, text);
        CalendarDay stored = em.find(CalendarDay.class, day);
        if (stored == null) {
            em.persist(new CalendarDay(special));
        } else {
            stored.change(special);
        }
        return special;
    }

    /** Makes a day of a draft year ordinary again (a weekday works, a weekend day rests). */
    @RolesAllowed(Role.Names.SERVICE_OFFICE)
    public void removeDay(LocalDate day) {
        if (day == null) {
            throw BusinessException.invalidFields(List.of(new Violation("day", "calendar.dayRequired")));
        }
        if (day.isBefore(today())) {
            throw BusinessException.invalidFields(List.of(new Violation("day", "calendar.pastDay", day.toString())));
        }
        CalendarDay stored = em.find(CalendarDay.class, day);
        if (stored == null) {
            throw BusinessException.notFound("calendar.noSpecialDay", day.toString());
        }
        year(day.getYear(), false).changed();
        em.remove(stored);
    }

    /**
     * Publishes a year: from now on its working days count, and deadlines that were provisional because they
     * reached into it are computed (observers of {@link CalendarPublished}, in this transaction).
     */
    @RolesAllowed(Role.Names.SERVICE_OFFICE)
    public void publish(int year) {
        CalendarYear draft = year(year, false);
        long holidays = em.createQuery("SELECT COUNT(d) FROM CalendarDay d WHERE d.year = :year AND d.kind = :kind",
                        Long.class)
                .setParameter("year", year).setParameter("kind", DayKind.HOLIDAY).getSingleResult();
        if (holidays == 0 && !draft.isPublished()) {
            throw BusinessException.unprocessable("calendar.publishEmpty", year);
        }
        draft.publish(accounts.current().getUsername(), OffsetDateTime.now(clock));
        em.flush();
        published.fire(new CalendarPublished(year));
    }

    /** The year's row, locked so that two offices' changes to one year are taken one after the other. */
    private CalendarYear year(int year, boolean create) {
        CalendarYear found = em.find(CalendarYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        if (!create) {
            throw BusinessException.notFound("calendar.unknownYear", year);
        }
        if (year < today().getYear()) {
            throw BusinessException.invalidFields(List.of(new Violation("day", "calendar.pastDay", String.valueOf(year))));
        }
        CalendarYear draft = new CalendarYear(year);
        em.persist(draft);
        em.flush(); // before its days, which refer to it
        return draft;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.CHINA));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
