package cn.tongban.catalogue.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.control.MatterIndex;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.catalogue.entity.VersionStatus;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * Changing the catalogue (第十四、十五条): a department's business owner drafts a version of one of its
 * matters, or a new matter; the department's leader confirms it; the service office files and publishes it
 * with an effective date. The version in force stays public until then.
 */
@Stateless
public class MatterVersions {

    private static final String[] STAFF = {Role.Names.DEPT_ADMIN, Role.Names.APPROVER, Role.Names.SERVICE_OFFICE};

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    MatterIndex index;

    @Inject
    Clock clock;

    /** Drafts the next version of an existing matter; there is at most one version under way per matter. */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public MatterVersion draft(String matterCode, MatterContent content, String reason) {
        Account admin = accounts.current();
        Matter matter = matter(matterCode);
        if (!em.createNamedQuery(MatterVersion.FIND_OPEN_BY_MATTER, MatterVersion.class).setParameter("matter", matter)
                .setParameter("open", EnumSet.of(VersionStatus.DRAFT, VersionStatus.CONFIRMED, VersionStatus.FILED,
                        VersionStatus.PUBLISHED)).getResultList().isEmpty()) {
            throw BusinessException.conflict("version.alreadyOpen", matterCode);
        }
        Integer last = em.createNamedQuery(MatterVersion.LAST_NUMBER, Integer.class).setParameter("matter", matter)
                .getSingleResult();
        MatterVersion version = MatterVersion.draft(matter, last == null ? 1 : last + 1, content, required(reason),
                admin, now());
        em.persist(version);
        return version;
    }

    /** Drafts a matter new to the catalogue for the caller's department; it is public once published. */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public MatterVersion draftNewMatter(String code, MatterContent content, String reason) {
        Account admin = accounts.current();
        if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
            throw BusinessException.invalid("version.badCode", String.valueOf(code));
        }
        if (!em.createNamedQuery(Matter.FIND_BY_CODE, Matter.class).setParameter("code", code.strip())
                .getResultList().isEmpty()) {
            throw BusinessException.conflict("version.codeTaken", code.strip());
        }
        Matter matter = new Matter(code.strip(), admin.getDepartment(), content);
        em.persist(matter);
        // the matter reaches the database before its version, which refers to it (and later back)
        em.flush();
        MatterVersion version = MatterVersion.draft(matter, 1, content, required(reason), admin, now());
        em.persist(version);
        return version;
    }

    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public MatterVersion revise(long versionId, MatterContent content, String reason) {
        MatterVersion version = version(versionId);
        version.revise(content, required(reason), accounts.current(), now());
        return flushed(version);
    }

    @RolesAllowed(Role.Names.APPROVER)
    public MatterVersion confirm(long versionId, String comment) {
        MatterVersion version = version(versionId);
        version.confirm(accounts.current(), comment, now());
        return flushed(version);
    }

    @RolesAllowed(Role.Names.SERVICE_OFFICE)
    public MatterVersion file(long versionId, String comment) {
        MatterVersion version = version(versionId);
        version.file(accounts.current(), comment, now());
        return flushed(version);
    }

    /** Publishes a filed version from the given day; from today on, it is in force at once. */
    @RolesAllowed(Role.Names.SERVICE_OFFICE)
    public MatterVersion publish(long versionId, LocalDate effectiveFrom) {
        MatterVersion version = version(versionId);
        if (version.publish(accounts.current(), effectiveFrom, LocalDate.now(clock), now())) {
            putInForce(version);
        }
        return flushed(version);
    }

    @RolesAllowed({Role.Names.APPROVER, Role.Names.SERVICE_OFFICE})
    public MatterVersion returnToDraft(long versionId, String comment) {
        MatterVersion version = version(versionId);
        version.returnToDraft(accounts.current(), comment);
        return flushed(version);
    }

    /** The matters of the caller's department, public or still in drafting, by code. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public List<Matter> myDepartmentMatters() {
        return em.createNamedQuery(Matter.FIND_BY_DEPARTMENT, Matter.class)
                .setParameter("department", accounts.current().getDepartment()).getResultList();
    }

    /** Every version of a matter, newest first. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER, Role.Names.SERVICE_OFFICE})
    public List<MatterVersion> versions(String matterCode) {
        return em.createNamedQuery(MatterVersion.FIND_BY_MATTER, MatterVersion.class)
                .setParameter("matter", matter(matterCode)).getResultList();
    }

    /**
     * The versions waiting for the caller: drafts of their department for its leader to confirm, confirmed
     * versions to file and filed versions to publish for the service office, the department's own versions
     * under way for its business owner.
     */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER, Role.Names.SERVICE_OFFICE})
    public List<MatterVersion> awaitingMe() {
        Account me = accounts.current();
        if (me.hasRole(Role.SERVICE_OFFICE)) {
            List<MatterVersion> waiting = new java.util.ArrayList<>(byStatus(VersionStatus.CONFIRMED));
            waiting.addAll(byStatus(VersionStatus.FILED));
            return waiting;
        }
        if (me.hasRole(Role.APPROVER)) {
            return byStatus(VersionStatus.DRAFT, me);
        }
        List<MatterVersion> mine = new java.util.ArrayList<>();
        for (VersionStatus open : List.of(VersionStatus.DRAFT, VersionStatus.CONFIRMED, VersionStatus.FILED,
                VersionStatus.PUBLISHED)) {
            mine.addAll(byStatus(open, me));
        }
        return mine;
    }

    /** What changed from one version of a matter to another. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER, Role.Names.SERVICE_OFFICE})
    public List<MatterContent.Difference> differences(long olderId, long newerId) {
        MatterVersion older = version(olderId);
        MatterVersion newer = version(newerId);
        if (!older.getMatter().getId().equals(newer.getMatter().getId())) {
            throw BusinessException.invalid("version.differentMatters");
        }
        return newer.getContent().differencesFrom(older.getContent());
    }

    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER, Role.Names.SERVICE_OFFICE})
    public MatterVersion find(long versionId) {
        return version(versionId);
    }

    /**
     * Puts in force every published version whose day has come. Idempotent, so that it may run on every node
     * of the cluster and at every start without harm.
     */
    @PermitAll
    public int putDueVersionsInForce() {
        List<MatterVersion> due = em.createNamedQuery(MatterVersion.FIND_DUE, MatterVersion.class)
                .setParameter("today", LocalDate.now(clock)).getResultList();
        for (MatterVersion version : due) {
            version.comeIntoForce();
            putInForce(version);
        }
        return due.size();
    }

    private void putInForce(MatterVersion version) {
        version.getMatter().putInForce(version);
        index.reindex(version.getMatter());
    }

    private List<MatterVersion> byStatus(VersionStatus status) {
        return em.createNamedQuery(MatterVersion.FIND_BY_STATUS, MatterVersion.class).setParameter("status", status)
                .setMaxResults(500).getResultList();
    }

    private List<MatterVersion> byStatus(VersionStatus status, Account member) {
        return em.createNamedQuery(MatterVersion.FIND_BY_STATUS_AND_DEPARTMENT, MatterVersion.class)
                .setParameter("status", status).setParameter("department", member.getDepartment())
                .setMaxResults(500).getResultList();
    }

    private MatterVersion flushed(MatterVersion version) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("version.changedMeanwhile", version.getMatter().getCode(), version.getNumber());
        }
        return version;
    }

    private Matter matter(String code) {
        return em.createNamedQuery(Matter.FIND_BY_CODE, Matter.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("matter.unknown", code));
    }

    private MatterVersion version(long id) {
        MatterVersion version = em.find(MatterVersion.class, id);
        if (version == null) {
            throw BusinessException.notFound("version.unknown", id);
        }
        return version;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw BusinessException.invalid("version.reasonRequired");
        }
        return reason.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
