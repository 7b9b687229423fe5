package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.control.ApplicationStore;
import cn.tongban.applications.control.MaterialCheck;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationDraft;
import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.applications.entity.ApplicationMaterialContent;
import cn.tongban.applications.entity.MaterialDownload;
import cn.tongban.blankforms.control.FormFileCheck;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The materials of an application (网上申报, 第四条: 上传申请材料): uploaded to a draft, or to a submitted
 * application while it waits for acceptance or for corrections (补正); read and downloaded by whoever may read the
 * application — its applicant and the staff and partner systems of the departments involved (第二十三条(四)).
 */
@Stateless
@RolesAllowed({Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN,
        Role.Names.PARTNER})
public class Materials {

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    ApplicationStore store;

    @Inject
    MaterialCheck check;

    @Inject
    Clock clock;

    /** Adds a file for one of the matter's materials (by its name in the catalogue) to a submitted application. */
    @RolesAllowed({Role.Names.APPLICANT, Role.Names.PARTNER})
    public ApplicationMaterial attach(String receiptNumber, String materialName, String fileName, byte[] content) {
        Account caller = accounts.current();
        // locked, so that two uploads at once both count against the application's total
        Application application = store.lockByReceiptNumber(receiptNumber);
        long stored = total(em.createNamedQuery(ApplicationMaterial.TOTAL_OF_APPLICATION)
                .setParameter("application", application).getSingleResult());
        // the rules of who and when come first, so a refused upload is not even scanned
        ApplicationMaterial.acceptedFor(application, caller, materialName);
        FormFileCheck.Checked file = check.check(fileName, content, stored);
        ApplicationMaterial material = ApplicationMaterial.forApplication(application, caller, materialName, file.name(),
                file.type(), content.length, file.sha256(), OffsetDateTime.now(clock));
        return store(material, content);
    }

    /** Adds a file to one of the caller's drafts. */
    @RolesAllowed(Role.Names.APPLICANT)
    public ApplicationMaterial attachToDraft(long draftId, String materialName, String fileName, byte[] content) {
        Account caller = accounts.current();
        ApplicationDraft draft = draft(draftId, caller, true);
        long stored = total(em.createNamedQuery(ApplicationMaterial.TOTAL_OF_DRAFT)
                .setParameter("draft", draft).getSingleResult());
        FormFileCheck.Checked file = check.check(fileName, content, stored);
        return store(ApplicationMaterial.forDraft(draft, caller, materialName, file.name(), file.type(), content.length,
                file.sha256(), OffsetDateTime.now(clock)), content);
    }

    /** Takes a file out of one of the caller's drafts. */
    @RolesAllowed(Role.Names.APPLICANT)
    public void removeFromDraft(long draftId, long materialId) {
        Account caller = accounts.current();
        ApplicationDraft draft = draft(draftId, caller, true);
        ApplicationMaterial material = em.find(ApplicationMaterial.class, materialId);
        if (material == null || material.getDraft() == null || !material.getDraft().getId().equals(draft.getId())) {
            throw BusinessException.notFound("material.unknownFile", materialId);
        }
        em.createQuery("DELETE FROM ApplicationMaterialContent c WHERE c.id = :id").setParameter("id", materialId).executeUpdate();
        em.remove(material);
    }

    /** The files of an application the caller may read, in upload order; without their bytes. */
    public List<ApplicationMaterial> of(String receiptNumber) {
        Account caller = accounts.current();
        Application application = store.byReceiptNumber(receiptNumber);
        if (!application.involves(caller)) {
            throw BusinessException.notFound("application.unknown", receiptNumber);
        }
        return em.createNamedQuery(ApplicationMaterial.FIND_BY_APPLICATION, ApplicationMaterial.class)
                .setParameter("application", application).getResultList();
    }

    /** The files of one of the caller's drafts. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<ApplicationMaterial> ofDraft(long draftId) {
        ApplicationDraft draft = draft(draftId, accounts.current(), false);
        return em.createNamedQuery(ApplicationMaterial.FIND_BY_DRAFT, ApplicationMaterial.class)
                .setParameter("draft", draft).getResultList();
    }

    /** A file with its bytes, for whoever may read its application (or draft); anyone else is told it does not exist. */
    public MaterialDownload download(long materialId) {
        Account caller = accounts.current();
        ApplicationMaterial material = em.find(ApplicationMaterial.class, materialId);
        if (material == null || !material.isReadableBy(caller)) {
            throw BusinessException.notFound("material.unknownFile", materialId);
        }
        ApplicationMaterialContent content = em.find(ApplicationMaterialContent.class, materialId);
        return new MaterialDownload(material.getFileName(), material.getContentType(), material.getSha256(), content.bytes());
    }

    /** The largest file accepted, in bytes, for the pages to say so. */
    public long maxBytes() {
        return check.maxBytes();
    }

    private ApplicationMaterial store(ApplicationMaterial material, byte[] content) {
        em.persist(material);
        em.persist(new ApplicationMaterialContent(material, content));
        em.flush();
        return material;
    }

    /** A SUM comes back as whatever number type the database chooses (PostgreSQL: NUMERIC). */
    private static long total(Object sum) {
        return ((Number) sum).longValue();
    }

    private ApplicationDraft draft(long draftId, Account caller, boolean lock) {
        ApplicationDraft draft = lock ? em.find(ApplicationDraft.class, draftId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ApplicationDraft.class, draftId);
        if (draft == null) {
            throw BusinessException.notFound("draft.unknown", draftId);
        }
        draft.requireApplicant(caller);
        return draft;
    }
}
