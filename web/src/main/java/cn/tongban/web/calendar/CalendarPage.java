package cn.tongban.web.calendar;

import cn.tongban.calendar.boundary.CalendarLookup;
import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.calendar.entity.DayKind;
import cn.tongban.calendar.entity.DueDay;
import cn.tongban.calendar.entity.SpecialDay;
import cn.tongban.calendar.entity.YearCalendar;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code staff/calendar.xhtml} (工作日历): the service office enters each year's holidays and adjusted working days
 * (调休) from the State Council's notice, published each November, and publishes the year. Every change goes
 * through {@code Calendars}, which refuses past days and published years; the page shows what it answers.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calendars calendars;

    @Inject
    CalendarLookup lookup;

    private ArrayList<YearCalendar> years = new ArrayList<>();
    private Integer year;

    private LocalDate day;
    private DayKind kind = DayKind.HOLIDAY;
    private String name;

    private LocalDate dueFrom;
    private Integer dueDays;
    private DueDay due;

    public void load() {
        years = new ArrayList<>(calendars.years());
        if (year == null) {
            int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            year = years.stream().filter(y -> !y.published() && y.year() >= thisYear).map(YearCalendar::year)
                    .findFirst().orElse(thisYear);
        }
        if (dueFrom == null) {
            dueFrom = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            dueDays = 20;
        }
    }

    public void show(int year) {
        this.year = year;
    }

    /** Enters or changes a day; the year shown becomes the day's. */
    public void save() {
        SpecialDay saved = calendars.setDay(day, kind, name);
        Messages.info("calendar.saved", saved.day().toString());
        year = saved.day().getYear();
        day = null;
        name = null;
        load();
    }

    /** Fills the form with a day of the year shown, to change its kind or name. */
    public void edit(SpecialDay special) {
        day = special.day();
        kind = special.kind();
        name = special.name();
    }

    public void remove(LocalDate removed) {
        calendars.removeDay(removed);
        Messages.info("calendar.removed", removed.toString());
        load();
    }

    public void publish() {
        calendars.publish(year);
        Messages.info("calendar.published", String.valueOf(year));
        load();
    }

    public void computeDue() {
        due = lookup.estimate(dueFrom, dueDays);
    }

    /** The year shown, as the calendar holds it; empty for a year without any day entered yet. */
    public YearCalendar getShown() {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    public long count(YearCalendar calendar, DayKind counted) {
        return calendar.days().stream().filter(d -> d.kind() == counted).count();
    }

    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<DayKind> getKinds() {
        return List.of(DayKind.HOLIDAY, DayKind.ADJUSTED_WORKDAY);
    }

    public List<YearCalendar> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public DueDay getDue() {
        return due;
    }
}
