package cn.tongban.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A special day of a year's notice as stored: a public holiday or an adjusted working weekend day (调休). */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.FIND_ALL, query = "SELECT d FROM CalendarDay d ORDER BY d.day")
public class CalendarDay {

    public static final String FIND_ALL = "CalendarDay.findAll";

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Column(name = "year_number", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(length = 100)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(SpecialDay special) {
        this.day = special.day();
        this.year = special.day().getYear();
        change(special);
    }

    public void change(SpecialDay special) {
        this.kind = special.kind();
        this.name = special.name();
    }

    public SpecialDay special() {
        return new SpecialDay(day, kind, name);
    }

    public LocalDate getDay() {
        return day;
    }

    public int getYear() {
        return year;
    }
}
