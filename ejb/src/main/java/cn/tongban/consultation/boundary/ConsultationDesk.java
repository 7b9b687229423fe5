package cn.tongban.consultation.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.consultation.control.QuestionStore;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionStatus;
import cn.tongban.moderation.control.Moderation;
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
 * The owning department's side of consultation (第二十二条): its staff answer the questions on its matters,
 * its business owner (第十八条: 业务负责人) decides which answers the public FAQ shows. Staff act only on
 * their own department's questions; two acting on one question at the same moment cannot both succeed.
 */
@Stateless
public class ConsultationDesk {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    QuestionStore store;

    @Inject
    Moderation moderation;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The caller's department's open questions, oldest first. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN})
    public List<Question> inbox() {
        return em.createNamedQuery(Question.FIND_BY_DEPARTMENT_AND_STATUS, Question.class)
                .setParameter("department", accounts.current().getDepartment())
                .setParameter("status", QuestionStatus.OPEN)
                .setMaxResults(500)
                .getResultList();
    }

    /** The caller's department's answered questions, the latest answer first, whatever became of them. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN})
    public List<Question> answered() {
        return em.createNamedQuery(Question.FIND_ANSWERED_BY_DEPARTMENT, Question.class)
                .setParameter("department", accounts.current().getDepartment())
                .setMaxResults(200)
                .getResultList();
    }

    /** 答复: answers an open question of the caller's department; the asker can read it at once. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN})
    public Question answer(String number, String answer) {
        List<Violation> violations = new ArrayList<>();
        String text = Question.ANSWER.apply(answer, violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        Account staff = accounts.current();
        Question question = store.byNumber(number);
        store.record(question, question.answer(staff, text, OffsetDateTime.now(clock), origin.address()));
        return question;
    }

    /**
     * 公开: publishes an answered question to its matter's FAQ — or, if question or answer contains a
     * prohibited term, holds it for the service office (第二十三条(一)). The returned status says which.
     */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public Question publish(String number) {
        Account deptAdmin = accounts.current();
        Question question = store.byNumber(number);
        if (!question.isHandledBy(deptAdmin)) {
            throw BusinessException.forbidden("consultation.notYourDepartment", question.getNumber());
        }
        var screening = moderation.screen(question.getText(), question.getAnswer());
        store.record(question, question.publish(deptAdmin, screening, OffsetDateTime.now(clock), origin.address()));
        return question;
    }

    /** 撤回: takes a question out of the FAQ, or out of review. */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public Question withdraw(String number) {
        Account deptAdmin = accounts.current();
        Question question = store.byNumber(number);
        store.record(question, question.withdraw(deptAdmin, OffsetDateTime.now(clock), origin.address()));
        return question;
    }
}
