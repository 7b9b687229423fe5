package cn.tongban.changes.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.changes.control.ChangeStore;
import cn.tongban.changes.control.WorkingDays;
import cn.tongban.changes.entity.Office;
import cn.tongban.changes.entity.SignOff;
import cn.tongban.changes.entity.UpgradeFiling;
import cn.tongban.platform.entity.RequestOrigin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Planned upgrades of the departments' own business systems (第十七条): a department's business owner files one
 * at least five working days ahead; the service office and the IT office see every filing and acknowledge it
 * (备案).
 */
@Stateless
public class UpgradeFilings {

    private static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    ChangeStore store;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The earliest day an upgrade filed today may start: the fifth working day after today. */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public LocalDate earliestStart() {
        return workingDays.after(LocalDate.now(clock), UpgradeFiling.NOTICE_WORKING_DAYS);
    }

    /**
     * Files a planned upgrade of the caller's department's system; the times are Beijing times. Refused, with the
     * earliest allowed day, when it starts sooner than five working days after today.
     */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public UpgradeFiling file(String summary, LocalDateTime plannedStart, LocalDateTime plannedEnd, String impact,
                              String contact) {
        Account caller = accounts.current();
        UpgradeFiling filing = UpgradeFiling.file(summary, plannedStart, plannedEnd, impact, contact, earliestStart(),
                SignOff.by(caller, OffsetDateTime.now(clock), origin.address(), null));
        em.persist(filing);
        return filing;
    }

    /** The filings the caller sees, latest planned start first: all for the offices, their department's otherwise. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public List<UpgradeFiling> visible() {
        Account caller = accounts.current();
        if (!Office.of(caller).isEmpty()) {
            return em.createNamedQuery(UpgradeFiling.FIND_ALL, UpgradeFiling.class)
                    .setMaxResults(LIST_LIMIT)
                    .getResultList();
        }
        return em.createNamedQuery(UpgradeFiling.FIND_BY_DEPARTMENT, UpgradeFiling.class)
                .setParameter("department", caller.getDepartment())
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** The caller's office acknowledges the filing (备案), once. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public UpgradeFiling acknowledge(long filingId, String comment) {
        Account caller = accounts.current();
        UpgradeFiling filing = store.lockedFiling(filingId);
        filing.acknowledge(SignOff.by(caller, OffsetDateTime.now(clock), origin.address(), comment));
        return filing;
    }
}
