package cn.tongban.web.deadlines;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.Task;
import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.deadlines.entity.DeadlineRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Days left as the rows show them: the entities count (on the calendar read once per request), this only picks the
 * colour — red once overdue, yellow within the warning days, grey while the clock stands still.
 */
@Named
@RequestScoped
public class DeadlineView {

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    private DeadlineRules rules;
    private LocalDate today;

    /** The task's working days left today, negative once overdue; null if not known (not open, unpublished year). */
    public Integer daysLeft(Task task) {
        return task.daysLeft(today(), rules().calendar());
    }

    public String daysLeftClass(Task task) {
        return style(daysLeft(task), task.isClockStopped());
    }

    /** The application's promised working days left today; null before acceptance, after the decision or unknown. */
    public Integer promisedDaysLeft(Application application) {
        return application.promisedDaysLeft(today(), rules().calendar());
    }

    public String promisedDaysLeftClass(Application application) {
        return style(promisedDaysLeft(application), application.isClockStopped());
    }

    private String style(Integer left, boolean stopped) {
        if (left == null) {
            return "days-left days-left-unknown";
        }
        if (stopped) {
            return "days-left days-left-stopped";
        }
        if (left < 0) {
            return "days-left days-left-red";
        }
        return left <= rules().warningDays() ? "days-left days-left-yellow" : "days-left days-left-green";
    }

    private DeadlineRules rules() {
        if (rules == null) {
            rules = deadlines.rules();
        }
        return rules;
    }

    private LocalDate today() {
        if (today == null) {
            today = DeadlineRules.day(OffsetDateTime.now(clock));
        }
        return today;
    }
}
