package cn.tongban.supervision.control;

import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineAlert;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns the deadlines' red alarms into supervision cases (第二十七条(一), and (四) for a 前置 branch), inside the
 * sweep's transaction: the case is stored with the alert or not at all. A yellow warning is no violation yet.
 */
@ApplicationScoped
public class LateTasks {

    @EJB
    CaseDetection detection;

    void onAlert(@Observes DeadlineAlert alert) {
        if (alert.level() == AlertLevel.RED) {
            detection.lateTask(alert.taskId(), alert.dueOn());
        }
    }
}
