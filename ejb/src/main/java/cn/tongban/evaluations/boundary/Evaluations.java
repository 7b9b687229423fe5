package cn.tongban.evaluations.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.entity.Application;
import cn.tongban.evaluations.entity.Evaluation;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 好差评: the applicant rates a completed application once; the owning department answers the poor ratings.
 * The rules are the {@link Evaluation}'s; this boundary finds who acts and stores what they did.
 */
@Stateless
public class Evaluations {

    private static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Applications applications;

    @Inject
    Clock clock;

    /** The caller rates their completed application, once: 1–5 stars and an optional comment of at most 500 characters. */
    @RolesAllowed(Role.Names.APPLICANT)
    public Evaluation rate(String receiptNumber, Integer stars, String comment) {
        Account applicant = accounts.current();
        Application application = applications.byReceiptNumber(receiptNumber);
        Evaluation evaluation = Evaluation.rate(application, applicant, stars, comment, OffsetDateTime.now(clock));
        if (of(application).isPresent()) {
            throw BusinessException.conflict("evaluation.alreadyRated", application.getReceiptNumber().value());
        }
        try {
            em.persist(evaluation);
            em.flush();
        } catch (PersistenceException e) {
            // Two ratings at once: the unique key on the application lets one through.
            throw BusinessException.conflict("evaluation.alreadyRated", application.getReceiptNumber().value());
        }
        return evaluation;
    }

    /** The caller's ratings, newest first, with their departments' answers. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<Evaluation> mine() {
        return em.createNamedQuery(Evaluation.FIND_BY_APPLICANT, Evaluation.class)
                .setParameter("applicant", accounts.current())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** The poor ratings of the caller's department, newest first: the ones still to answer and the answered. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public List<Evaluation> poorOfMyDepartment() {
        return em.createNamedQuery(Evaluation.FIND_POOR_BY_DEPARTMENT, Evaluation.class)
                .setParameter("department", accounts.current().getDepartment())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** The department answers a poor rating, once; the applicant reads the answer on 我的办件. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public Evaluation respond(long evaluationId, String response) {
        Account staff = accounts.current();
        Evaluation evaluation = em.find(Evaluation.class, evaluationId, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null) {
            throw BusinessException.notFound("evaluation.unknown", evaluationId);
        }
        evaluation.respond(staff, response, OffsetDateTime.now(clock));
        em.flush();
        return evaluation;
    }

    private Optional<Evaluation> of(Application application) {
        return em.createNamedQuery(Evaluation.FIND_BY_APPLICATION, Evaluation.class)
                .setParameter("application", application)
                .getResultStream()
                .findFirst();
    }
}
