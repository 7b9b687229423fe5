package cn.tongban.supervision.boundary;

import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.supervision.control.CaseDetection;
import cn.tongban.supervision.control.TimeLimits;
import cn.tongban.supervision.entity.CaseKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Watches for applications nobody answered in time (第二十七条(五): 不按规定受理、告知): still waiting for
 * acceptance — not accepted, refused or sent back for corrections — after {@code tongban.supervision.acceptance-days}
 * working days (行政许可法 第三十二条: five), each recorded as a case once.
 *
 * <p>Runs every hour on a persistent timer, so that in a cluster one node runs it (the timers' database
 * store). It catches up by query, not by counting ticks: whatever waited too long is found at the next run,
 * however many runs were missed; and the query leaves out what already has its case.
 */
@Stateless
public class AcceptanceWatch {

    private static final int BATCH = 500;
    private static final String WAITING = """
            SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.department
            WHERE a.status = :submitted AND a.updatedAt < :before
              AND NOT EXISTS (SELECT c FROM SupervisionCase c WHERE c.application = a AND c.kind = :kind
                              AND c.detectedAt >= a.updatedAt)
            ORDER BY a.updatedAt, a.id""";

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseDetection detection;

    @Inject
    TimeLimits limits;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tongban.supervision.acceptance-days", defaultValue = "5")
    int acceptanceDays;

    @Schedule(minute = "7", hour = "*", timezone = "Asia/Shanghai", persistent = true, info = "acceptance watch")
    @PermitAll
    void hourly() {
        run(OffsetDateTime.now(clock));
    }

    /** Runs the check as of a given time (the offices, and tests that cannot wait five days); answers how many cases. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR})
    public int check(OffsetDateTime asOf) {
        return run(asOf);
    }

    private int run(OffsetDateTime asOf) {
        LocalDate today = asOf.atZoneSameInstant(Clocks.CHINA).toLocalDate();
        // a limit in working days is never shorter than as many calendar days: a safe first cut for the index
        OffsetDateTime before = asOf.minusDays(acceptanceDays);
        List<Application> waiting = em.createQuery(WAITING, Application.class)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .setParameter("before", before)
                .setParameter("kind", CaseKind.NOT_NOTIFIED)
                .setMaxResults(BATCH)
                .getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        WorkingCalendar calendar = limits.calendar();
        int recorded = 0;
        for (Application application : waiting) {
            // in SUBMITTED, the last change is the submission or the resubmission after 补正
            LocalDate since = application.getUpdatedAt().atZoneSameInstant(Clocks.CHINA).toLocalDate();
            LocalDate due = TimeLimits.due(calendar, since, acceptanceDays);
            if (today.isAfter(due) && detection.notNotified(application, since, due).isPresent()) {
                recorded++;
            }
        }
        return recorded;
    }
}
