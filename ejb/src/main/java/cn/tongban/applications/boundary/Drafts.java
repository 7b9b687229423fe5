package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.entity.ApplicationDraft;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An applicant's drafts (网上申报, 第四条: 保存草稿): the online form saved unfinished, resumed later, submitted
 * ({@link Submissions#submitDraft}) or deleted. Nobody but the applicant sees them.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class Drafts {

    private static final int MAX_LIST = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Catalogue catalogue;

    @Inject
    Clock clock;

    /** Starts a draft for a matter with the form as far as it is filled in. */
    public ApplicationDraft start(String matterCode, JsonObject form) {
        if (matterCode == null || matterCode.isBlank()) {
            throw BusinessException.invalid("application.matterMissing");
        }
        ApplicationDraft draft = ApplicationDraft.start(accounts.current(), catalogue.matter(matterCode.strip()), form,
                OffsetDateTime.now(clock));
        em.persist(draft);
        em.flush();
        return draft;
    }

    /** Saves the form of one of the caller's drafts as it is now. */
    public ApplicationDraft save(long draftId, JsonObject form) {
        Account caller = accounts.current();
        ApplicationDraft draft = find(draftId, LockModeType.PESSIMISTIC_WRITE);
        draft.save(caller, form, OffsetDateTime.now(clock));
        return draft;
    }

    /** The caller's drafts, the latest saved first. */
    public List<ApplicationDraft> mine() {
        return em.createNamedQuery(ApplicationDraft.FIND_BY_APPLICANT, ApplicationDraft.class)
                .setParameter("applicant", accounts.current())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** One of the caller's drafts, to resume it. */
    public ApplicationDraft mine(long draftId) {
        ApplicationDraft draft = find(draftId, LockModeType.NONE);
        draft.requireApplicant(accounts.current());
        return draft;
    }

    /** Deletes one of the caller's drafts with its materials. */
    public void delete(long draftId) {
        Account caller = accounts.current();
        ApplicationDraft draft = find(draftId, LockModeType.PESSIMISTIC_WRITE);
        draft.requireApplicant(caller);
        em.createQuery("DELETE FROM ApplicationMaterialContent c WHERE c.id IN (SELECT m.id FROM ApplicationMaterial m WHERE m.draft = :draft)")
                .setParameter("draft", draft).executeUpdate();
        em.createQuery("DELETE FROM ApplicationMaterial m WHERE m.draft = :draft").setParameter("draft", draft).executeUpdate();
        em.remove(draft);
    }

    private ApplicationDraft find(long draftId, LockModeType lock) {
        ApplicationDraft draft = em.find(ApplicationDraft.class, draftId, lock);
        if (draft == null) {
            throw BusinessException.notFound("draft.unknown", draftId);
        }
        return draft;
    }
}
