package cn.tongban.notifications.control;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.notices.control.NoticeIssue;
import cn.tongban.notices.control.NoticeTexts;
import cn.tongban.notices.entity.Notice;
import cn.tongban.notifications.entity.InboxMessage;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Posts the applicant's inbox message of a step (站内信, 结果反馈 第四条) in the step's own transaction, after
 * the notice has been issued, so that the message names it.
 */
@ApplicationScoped
public class InboxPost {

    @PersistenceContext
    EntityManager em;

    void post(@Observes @Priority(NoticeIssue.PRIORITY + 100) ApplicationStepped stepped) {
        if (!NoticeTexts.isNotified(stepped.step())) {
            return;
        }
        Application application = em.find(Application.class, stepped.applicationId());
        StatusChange line = em.find(StatusChange.class, stepped.statusChangeId());
        String noticeNumber = em.createNamedQuery(Notice.FIND_BY_STATUS_CHANGE, Notice.class)
                .setParameter("statusChange", stepped.statusChangeId())
                .getResultStream().findFirst().map(Notice::getNumber).orElse(null);
        em.persist(new InboxMessage(application, line, noticeNumber));
    }
}
