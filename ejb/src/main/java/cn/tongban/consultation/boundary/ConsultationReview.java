package cn.tongban.consultation.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.consultation.control.QuestionStore;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionStatus;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The service office's review of held consultation posts (第二十三条(一); 第九条(三): it supervises how the
 * system is used): approved, a post is published at once; rejected, it stays out of the FAQ for good.
 */
@Stateless
@RolesAllowed(Role.Names.SERVICE_OFFICE)
public class ConsultationReview {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    QuestionStore store;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The posts held for review, longest waiting first. */
    public List<Question> held() {
        return em.createNamedQuery(Question.FIND_BY_STATUS, Question.class)
                .setParameter("status", QuestionStatus.HELD)
                .setMaxResults(500)
                .getResultList();
    }

    public Question approve(String number) {
        var office = accounts.current();
        Question question = store.byNumber(number);
        store.record(question, question.approve(office, OffsetDateTime.now(clock), origin.address()));
        return question;
    }

    /** Rejects a held post; the reason (2–500 characters) goes to the department. */
    public Question reject(String number, String reason) {
        List<Violation> violations = new ArrayList<>();
        String text = Question.REJECTION_REASON.apply(reason, violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        var office = accounts.current();
        Question question = store.byNumber(number);
        store.record(question, question.reject(office, text, OffsetDateTime.now(clock), origin.address()));
        return question;
    }
}
