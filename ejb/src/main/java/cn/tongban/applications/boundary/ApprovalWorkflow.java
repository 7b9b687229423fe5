package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.control.ApplicationStore;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The departments' side of an application (网上审批, 第六条): their work lists and the steps they take.
 * Staff act only on their own department's applications; two staff acting on the same application at
 * the same moment cannot both succeed (optimistic locking on the application's version).
 */
@Stateless
public class ApprovalWorkflow {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    ApplicationStore store;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The caller's department's applications waiting for acceptance, oldest first. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN})
    public List<Application> waitingForAcceptance() {
        Account staff = accounts.current();
        return em.createNamedQuery(Application.FIND_BY_DEPARTMENT_AND_STATUS, Application.class)
                .setParameter("department", staff.getDepartment())
                .setParameter("status", ApplicationStatus.SUBMITTED)
                .setMaxResults(500)
                .getResultList();
    }

    /** 受理: the caller, a clerk of the owning department, accepts the application. */
    @RolesAllowed(Role.Names.CLERK)
    public Application accept(String receiptNumber, String opinion) {
        Account clerk = accounts.current();
        Application application = store.byReceiptNumber(receiptNumber);
        if (!application.isHandledBy(clerk)) {
            throw BusinessException.forbidden("application.notYourDepartment", receiptNumber);
        }
        em.persist(application.accept(clerk, OffsetDateTime.now(clock), origin.address(), opinion));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("application.alreadyHandled", receiptNumber);
        }
        return application;
    }
}
