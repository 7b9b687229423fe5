package cn.tongban.notices.control;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.notices.entity.Notice;
import cn.tongban.notices.entity.NoticeKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;

/**
 * Issues the notice of a step (结果反馈, 第四条) in the step's own transaction: a step whose notice cannot be
 * recorded does not happen. Runs before the inbox, which names the notice.
 */
@ApplicationScoped
public class NoticeIssue {

    public static final int PRIORITY = Interceptor.Priority.APPLICATION;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    void issue(@Observes @Priority(PRIORITY) ApplicationStepped stepped) {
        NoticeKind.issuedBy(stepped.step()).ifPresent(kind -> {
            Application application = em.find(Application.class, stepped.applicationId());
            StatusChange line = em.find(StatusChange.class, stepped.statusChangeId());
            // the step holds the application's lock: no other step numbers a notice of it meanwhile
            int last = ((Number) em.createNamedQuery(Notice.LAST_SEQUENCE)
                    .setParameter("application", application).getSingleResult()).intValue();
            em.persist(Notice.issue(kind, application, line, last + 1, random));
        });
    }
}
