package cn.tongban.blankforms.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.blankforms.control.FormFileCheck;
import cn.tongban.blankforms.entity.BlankForm;
import cn.tongban.blankforms.entity.BlankFormContent;
import cn.tongban.blankforms.entity.FormKind;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Form downloads (表格下载, 第四条). Anyone lists and downloads a matter's blank forms and samples; only the
 * business owner (DEPT_ADMIN, 第十八条) of the department that owns the matter uploads, replaces or deletes
 * them. An upload is refused, and nothing stored, unless its bytes are the type its name says, within
 * {@code tongban.blankforms.max-bytes}.
 */
@Stateless
public class BlankForms {

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tongban.blankforms.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The matter's forms, blank forms before samples, by name; without their bytes. */
    @PermitAll
    public List<BlankForm> ofMatter(String matterCode) {
        return em.createNamedQuery(BlankForm.FIND_BY_MATTER, BlankForm.class)
                .setParameter("matter", matter(matterCode))
                .getResultList();
    }

    /** One form with its bytes; NOT_FOUND for an unknown matter or name. */
    @PermitAll
    public BlankFormDownload download(String matterCode, String fileName) {
        BlankForm form = find(matter(matterCode), fileName)
                .orElseThrow(() -> BusinessException.notFound("blankForm.unknown", matterCode, String.valueOf(fileName)));
        BlankFormContent content = em.find(BlankFormContent.class, form.getId());
        return new BlankFormDownload(form.fileName(), form.getContentType(), form.getSha256(), content.bytes());
    }

    /** The largest file an upload may be, in bytes. */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    /** The matters whose forms the calling business owner maintains: their own department's. */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public List<Matter> maintainedMatters() {
        Account caller = accounts.current();
        return em.createQuery("SELECT m FROM Matter m JOIN FETCH m.department WHERE m.department = :department "
                        + "ORDER BY m.code", Matter.class)
                .setParameter("department", caller.getDepartment())
                .getResultList();
    }

    /**
     * Stores a file as a form of the matter under its (cleaned) name; a form of that name is replaced in
     * place. The name and bytes are checked before anything is written.
     */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public BlankForm upload(String matterCode, String fileName, FormKind kind, byte[] content) {
        Matter matter = matter(matterCode);
        Account caller = maintainerOf(matter);
        if (kind == null) {
            throw BusinessException.invalid("blankForm.kindMissing");
        }
        FormFileCheck.Checked file = FormFileCheck.check(fileName, content, maxBytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<BlankForm> existing = find(matter, file.name().value());
        BlankForm form;
        if (existing.isPresent()) {
            form = existing.get();
            form.replace(kind, file.type(), content.length, file.sha256(), caller, caller.getDisplayName(), now);
            em.find(BlankFormContent.class, form.getId()).replace(content);
        } else {
            form = new BlankForm(matter, file.name(), kind, file.type(), content.length, file.sha256(), caller,
                    caller.getDisplayName(), now);
            em.persist(form);
            em.persist(new BlankFormContent(form, content));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // someone else stored a form of the same name in the meantime (the unique constraint caught it)
            throw BusinessException.conflict("blankForm.concurrent", file.name().value());
        }
        return form;
    }

    /** Removes a form and its bytes. */
    @RolesAllowed(Role.Names.DEPT_ADMIN)
    public void delete(String matterCode, String fileName) {
        Matter matter = matter(matterCode);
        maintainerOf(matter);
        BlankForm form = find(matter, fileName)
                .orElseThrow(() -> BusinessException.notFound("blankForm.unknown", matterCode, String.valueOf(fileName)));
        em.createQuery("DELETE FROM BlankFormContent c WHERE c.id = :id").setParameter("id", form.getId()).executeUpdate();
        em.remove(form);
    }

    /** The caller, if they may maintain the matter's forms: a business owner of its department (第十八条). */
    private Account maintainerOf(Matter matter) {
        Account caller = accounts.current();
        if (!caller.hasRole(Role.DEPT_ADMIN) || !caller.belongsTo(matter.getDepartment())) {
            throw BusinessException.forbidden("blankForm.notYourDepartment", matter.getCode());
        }
        return caller;
    }

    private Matter matter(String matterCode) {
        if (matterCode == null || matterCode.isBlank()) {
            throw BusinessException.notFound("matter.unknown", String.valueOf(matterCode));
        }
        return catalogue.matter(matterCode.strip());
    }

    private Optional<BlankForm> find(Matter matter, String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        // a name typed or sent in decomposed form (as macOS does) finds the form stored in composed form
        return em.createNamedQuery(BlankForm.FIND_BY_NAME, BlankForm.class)
                .setParameter("matter", matter)
                .setParameter("fileName", Normalizer.normalize(fileName.strip(), Normalizer.Form.NFC))
                .getResultStream()
                .findFirst();
    }
}
