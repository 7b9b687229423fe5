package cn.tongban.deadlines.entity;

import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A time limit in working days that can be stopped and restarted (行政许可法 第四十二、四十五条): due on the n-th
 * working day after the day it starts, that day not counted. A suspension (补正 until resubmitted; 听证、检验、专家评审
 * unless the matter counts them) freezes the working days left; the restart counts them again from the day it
 * resumes, so the due day moves by the suspended working days.
 * <p>
 * The clock holds the day it counts from and the working days left from that day; the due day follows from them
 * on the calendar. When the due day falls in a year whose calendar is not published, it is not guessed: it stays
 * empty and {@linkplain #isProvisional() provisional} until that year is published ({@link #recompute}).
 * The calendar is always passed in, so the arithmetic is plain Java.
 */
@Embeddable
public class WorkingClock implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The due day; null while provisional or before the clock starts. */
    @Column(name = "due_on")
    private LocalDate due;

    /** The day from which the working days left are counted (not itself counted); null unless running. */
    @Column(name = "clock_from")
    private LocalDate countedFrom;

    /** Working days left after {@link #countedFrom}; frozen while suspended or stopped; negative once overdue. */
    @Column(name = "clock_remaining")
    private Integer remaining;

    @Column(name = "clock_suspended_since")
    private LocalDate suspendedSince;

    @Column(name = "due_provisional")
    private boolean provisional;

    public WorkingClock() {
    }

    /** A clock of {@code days} working days starting on {@code day} (the day of acceptance, of opening a task). */
    public static WorkingClock start(LocalDate day, int days, WorkingCalendar calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("a time limit is not negative: " + days);
        }
        WorkingClock clock = new WorkingClock();
        clock.countedFrom = day;
        clock.remaining = days;
        clock.computeDue(calendar);
        return clock;
    }

    public boolean isStarted() {
        return remaining != null;
    }

    public boolean isRunning() {
        return countedFrom != null;
    }

    public boolean isSuspended() {
        return suspendedSince != null;
    }

    /** Whether the due day is unknown because it lies in a year whose calendar is not yet published. */
    public boolean isProvisional() {
        return provisional;
    }

    public LocalDate dueOn() {
        return due;
    }

    public LocalDate suspendedSince() {
        return suspendedSince;
    }

    /** Stops the clock on {@code day}: the working days up to and including it are used, the rest are kept. */
    public void suspend(LocalDate day, WorkingCalendar calendar) {
        if (!isRunning()) {
            return;
        }
        remaining = remainingOn(day, calendar);
        countedFrom = null;
        suspendedSince = day;
    }

    /** Restarts the clock on {@code day} with the working days it had left; the due day moves accordingly. */
    public void resume(LocalDate day, WorkingCalendar calendar) {
        if (!isSuspended()) {
            return;
        }
        countedFrom = day;
        suspendedSince = null;
        computeDue(calendar);
    }

    /** The work is done (or cancelled): the clock no longer runs, its due day stays for the record. */
    public void finish(LocalDate day, WorkingCalendar calendar) {
        if (isRunning()) {
            remaining = remainingOn(day, calendar);
        }
        countedFrom = null;
        suspendedSince = null;
    }

    /** Stops the clock without counting (the application ended another way); the due day stays for the record. */
    public void finish() {
        countedFrom = null;
        suspendedSince = null;
    }

    /**
     * The working days left at the end of {@code day}: 0 on the due day, negative once overdue; while suspended or
     * finished, the days it was left with.
     *
     * @throws BusinessException {@code calendar.unpublished} if a day to count lies in an unpublished year
     */
    public int remainingOn(LocalDate day, WorkingCalendar calendar) {
        if (!isStarted()) {
            throw new IllegalStateException("the clock has not started");
        }
        if (!isRunning()) {
            return remaining;
        }
        return remaining - calendar.workingDaysBetween(countedFrom, day);
    }

    /** The working days left on {@code day} as staff see it, or null when it cannot be counted (not started, unpublished year). */
    public Integer daysLeft(LocalDate day, WorkingCalendar calendar) {
        if (!isStarted()) {
            return null;
        }
        try {
            return remainingOn(day, calendar);
        } catch (BusinessException e) {
            return null;
        }
    }

    /**
     * The first day on which at most {@code warningDays} working days are left (the day a yellow warning is due),
     * or null when the clock is not running or that day lies in an unpublished year.
     */
    public LocalDate warningDay(int warningDays, WorkingCalendar calendar) {
        if (!isRunning()) {
            return null;
        }
        if (remaining <= warningDays) {
            return countedFrom;
        }
        try {
            return calendar.addWorkingDays(countedFrom, remaining - warningDays);
        } catch (BusinessException e) {
            return null;
        }
    }

    /** Computes a provisional due day once its year is published; whether it is known now. */
    public boolean recompute(WorkingCalendar calendar) {
        if (provisional && isRunning()) {
            computeDue(calendar);
        }
        return !provisional;
    }

    private void computeDue(WorkingCalendar calendar) {
        try {
            due = shift(countedFrom, remaining, calendar);
            provisional = false;
        } catch (BusinessException e) {
            if (!"calendar.unpublished".equals(e.key())) {
                throw e;
            }
            due = null;
            provisional = true;
        }
    }

    /**
     * The n-th working day after {@code day}; for a negative n (overdue when suspended) the working day that leaves
     * exactly |n| working days up to and including {@code day}, so that the clock reads 0 on its due day either way.
     */
    private static LocalDate shift(LocalDate day, int n, WorkingCalendar calendar) {
        if (n >= 0) {
            return calendar.addWorkingDays(day, n);
        }
        int counted = 0;
        for (LocalDate current = day; ; current = current.minusDays(1)) {
            if (calendar.isWorking(current) && ++counted == -n) {
                LocalDate previous = current.minusDays(1);
                while (!calendar.isWorking(previous)) {
                    previous = previous.minusDays(1);
                }
                return previous;
            }
        }
    }

    @Override
    public String toString() {
        return "WorkingClock[due=" + due + (provisional ? " provisional" : "") + ", from=" + countedFrom + ", left="
                + remaining + (suspendedSince == null ? "" : ", suspended since " + suspendedSince) + "]";
    }
}
