package cn.tongban.notifications.control;

import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.notices.control.NoticeTexts;
import cn.tongban.notifications.boundary.Notifier;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Once a step has committed, hands its e-mail and SMS to the {@link Notifier}, which sends them on another
 * thread: a slow or absent mail server neither delays nor undoes the step.
 */
@ApplicationScoped
public class NotificationTrigger {

    @EJB
    Notifier notifier;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationStepped stepped) {
        if (NoticeTexts.isNotified(stepped.step())) {
            notifier.notifyApplicant(stepped.statusChangeId());
        }
    }
}
