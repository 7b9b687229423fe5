package cn.tongban.deadlines.boundary;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.Task;
import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.calendar.entity.CalendarPublished;
import cn.tongban.deadlines.control.AlertSweep;
import cn.tongban.deadlines.entity.DeadlineRules;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The deadlines of applications and tasks (行政许可法 第四十二、四十五条) and their supervision (效能监察, 第七、
 * 二十七条): the rules they are counted with, the sweep that raises warnings and alarms, and the computation of
 * provisional due days once the year they fall in is published.
 */
@Stateless
@PermitAll
public class Deadlines {

    @PersistenceContext
    EntityManager em;

    @EJB
    Calendars calendars;

    @Inject
    AlertSweep sweep;

    /** A yellow warning is raised when a task has this many working days left (or fewer). */
    @Inject
    @ConfigProperty(name = "tongban.deadlines.warning-days", defaultValue = "1")
    int warningDays;

    /** The calendar in force and the warning threshold, for the entities' clocks. */
    public DeadlineRules rules() {
        return new DeadlineRules(calendars.current(), warningDays);
    }

    /**
     * One batch of the sweep at {@code now}, in its own transaction: at most {@code limit} due tasks, their alerts
     * issued exactly once and their handlers and heads told. The timer calls it with the clock's time, tests with
     * a later one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AlertSweep.Batch sweep(OffsetDateTime now, int limit) {
        return sweep.sweep(now, limit);
    }

    /**
     * A year was published: due days that fell into it were left provisional; compute them now, with their alert
     * moments, in the publishing transaction. They are few (only work whose time limit reaches past the last
     * published year), found by an index on the provisional flags.
     */
    public void onPublished(@Observes CalendarPublished published) {
        DeadlineRules rules = rules();
        Set<Application> applications = new LinkedHashSet<>(em.createQuery("""
                SELECT a FROM Application a WHERE a.promised.provisional = TRUE OR a.statutory.provisional = TRUE""",
                Application.class).getResultList());
        em.createQuery("SELECT t FROM Task t JOIN FETCH t.application WHERE t.clock.provisional = TRUE", Task.class)
                .getResultStream().map(Task::getApplication).forEach(applications::add);
        applications.forEach(a -> a.recomputeDeadlines(rules));
    }
}
