package cn.tongban.changes.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.changes.control.ChangeStore;
import cn.tongban.changes.entity.ChangeEvent;
import cn.tongban.changes.entity.ChangeRequest;
import cn.tongban.changes.entity.Office;
import cn.tongban.changes.entity.Setting;
import cn.tongban.changes.entity.SignOff;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to the system's configuration (第十六条): a department's business owner or one of the city offices
 * asks for a new value with a reason; the service office and the IT office each approve it, and the second
 * approval applies it; either may reject it, and the requester may withdraw it while it is pending. Nothing
 * changes before both approvals. Every step is recorded in the request's history with who, when and from where.
 */
@Stateless
public class ChangeRequests {

    private static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    ChangeStore store;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The settings the caller may ask to change: their department's, and the system-wide ones for the offices. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public List<Setting> requestableSettings() {
        Account caller = accounts.current();
        List<Setting> settings = new ArrayList<>();
        if (caller.hasRole(Role.DEPT_ADMIN) && caller.getDepartment() != null) {
            settings.addAll(em.createNamedQuery(Setting.FIND_BY_DEPARTMENT, Setting.class)
                    .setParameter("department", caller.getDepartment().getCode())
                    .getResultList());
        }
        if (!Office.of(caller).isEmpty()) {
            settings.addAll(em.createNamedQuery(Setting.FIND_SYSTEM_WIDE, Setting.class).getResultList());
        }
        return settings;
    }

    /** A setting as it stands now, for whoever may read it; anyone else is told it does not exist. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public Setting setting(String name) {
        Setting setting = store.setting(name);
        if (!setting.isReadableBy(accounts.current())) {
            throw BusinessException.notFound("change.unknownSetting", name);
        }
        return setting;
    }

    /** Files a request to give the named setting a new value, with a reason; it is pending until both offices approve. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public ChangeRequest file(String settingName, String proposedValue, String reason) {
        Account caller = accounts.current();
        Setting setting = store.setting(settingName);
        ChangeRequest request = ChangeRequest.file(setting, proposedValue, reason, caller, OffsetDateTime.now(clock));
        em.persist(request);
        em.persist(request.filed(origin.address()));
        return request;
    }

    /**
     * The caller's office approves the request; if the other office already has, the setting takes the proposed
     * value now, in this transaction. The request is locked while this runs, so two approvals arriving together
     * are taken one after the other and exactly one of them applies the value.
     */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public ChangeRequest approve(long requestId, String comment) {
        Account caller = accounts.current();
        ChangeRequest request = requireVisible(store.lockedRequest(requestId), caller);
        request.approve(act(caller, comment)).forEach(em::persist);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another request changed the same setting in a transaction that ended after this one began
            throw BusinessException.conflict("change.concurrentChange", request.reference(),
                    request.getSetting().getName());
        }
        return request;
    }

    /** Either office rejects the request, with a reason; the setting keeps its value. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public ChangeRequest reject(long requestId, String reason) {
        Account caller = accounts.current();
        ChangeRequest request = requireVisible(store.lockedRequest(requestId), caller);
        em.persist(request.reject(act(caller, reason)));
        return request;
    }

    /** The requester withdraws their pending request. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public ChangeRequest withdraw(long requestId, String comment) {
        Account caller = accounts.current();
        ChangeRequest request = requireVisible(store.lockedRequest(requestId), caller);
        em.persist(request.withdraw(act(caller, comment)));
        return request;
    }

    /** One request, for whoever may see it. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public ChangeRequest request(long requestId) {
        return requireVisible(store.request(requestId), accounts.current());
    }

    /** The history of a request the caller may see, oldest step first. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public List<ChangeEvent> history(long requestId) {
        return em.createNamedQuery(ChangeEvent.FIND_BY_REQUEST, ChangeEvent.class)
                .setParameter("request", request(requestId))
                .getResultList();
    }

    /**
     * The requests the caller sees, newest first: every request for the two offices, their department's for a
     * department's business owner.
     */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public List<ChangeRequest> visible() {
        Account caller = accounts.current();
        if (!Office.of(caller).isEmpty()) {
            return em.createNamedQuery(ChangeRequest.FIND_RECENT, ChangeRequest.class)
                    .setMaxResults(LIST_LIMIT)
                    .getResultList();
        }
        return em.createNamedQuery(ChangeRequest.FIND_BY_DEPARTMENT, ChangeRequest.class)
                .setParameter("department", caller.getDepartment().getCode())
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** The pending requests still waiting for the approval of the caller's office, other than their own; oldest first. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public List<ChangeRequest> awaitingMyApproval() {
        Account caller = accounts.current();
        Map<Long, ChangeRequest> awaiting = new LinkedHashMap<>();
        for (Office office : Office.of(caller)) {
            String query = office == Office.SERVICE_OFFICE
                    ? ChangeRequest.AWAITING_SERVICE_OFFICE : ChangeRequest.AWAITING_IT_OFFICE;
            em.createNamedQuery(query, ChangeRequest.class)
                    .setParameter("caller", caller)
                    .setMaxResults(LIST_LIMIT)
                    .getResultList()
                    .forEach(r -> awaiting.putIfAbsent(r.getId(), r));
        }
        return List.copyOf(awaiting.values());
    }

    /** The numbers of the caller's own pending requests: those they may still withdraw. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.SERVICE_OFFICE, Role.Names.IT_OFFICE})
    public Set<Long> withdrawable() {
        return Set.copyOf(em.createNamedQuery(ChangeRequest.PENDING_IDS_OF_REQUESTER, Long.class)
                .setParameter("requester", accounts.current())
                .getResultList());
    }

    private SignOff act(Account caller, String comment) {
        return SignOff.by(caller, OffsetDateTime.now(clock), origin.address(), comment);
    }

    /** The request if the caller may see it; otherwise it does not exist for them, which reveals nothing. */
    private static ChangeRequest requireVisible(ChangeRequest request, Account caller) {
        if (!request.isVisibleTo(caller)) {
            throw BusinessException.notFound("change.unknown", request.reference());
        }
        return request;
    }
}
