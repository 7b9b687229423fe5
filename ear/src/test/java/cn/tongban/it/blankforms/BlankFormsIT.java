package cn.tongban.it.blankforms;

import cn.tongban.accounts.control.PasswordHashing;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.blankforms.boundary.BlankFormDownload;
import cn.tongban.blankforms.boundary.BlankForms;
import cn.tongban.blankforms.entity.BlankForm;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.blankforms.entity.FormKind;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static cn.tongban.it.blankforms.Samples.MATTER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Form downloads through the service on PostgreSQL: the business owner of the matter's department uploads,
 * replaces and deletes; nobody else may; a file that is not what its name says is refused and leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BlankFormsIT {

    /** A business owner of 水务局, made by the test: the demo has none outside 住建局. */
    private static final String OTHER_ADMIN = "it.swuj.admin";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BlankFormsIT.class.getPackage());
    }

    @EJB
    BlankForms blankForms;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void theBusinessOwnerUploadsAndEveryoneReadsItBack() throws Exception {
        String name = Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);

        BlankForm stored = As.user("deptadmin", () -> blankForms.upload(MATTER, name, FormKind.SAMPLE, pdf));
        assertEquals(name, stored.getFileName());

        BlankForm listed = blankForms.ofMatter(MATTER).stream()
                .filter(f -> f.getFileName().equals(name)).findFirst().orElseThrow();
        assertEquals(FormKind.SAMPLE, listed.getKind());
        assertEquals("application/pdf", listed.getContentType());
        assertEquals(FileType.PDF, listed.getFileType());
        assertEquals(pdf.length, listed.getSize());
        assertEquals(Samples.sha256(pdf), listed.getSha256());
        assertEquals("陈业务", listed.getUploadedByName());
        assertEquals(count("SELECT id FROM account WHERE username = 'deptadmin'"), listed.getUploadedById());

        BlankFormDownload download = blankForms.download(MATTER, name);
        assertArrayEquals(pdf, download.content());
        assertEquals("\"" + Samples.sha256(pdf) + "\"", download.etag());
        assertTrue(download.contentDisposition().startsWith("attachment; filename=\""), download.contentDisposition());

        assertEquals(1, count("SELECT COUNT(*) FROM blank_form f JOIN blank_form_content c ON c.blank_form_id = f.id "
                + "WHERE f.file_name = ?1 AND f.sha256 = ?2 AND f.size_bytes = ?3", name, Samples.sha256(pdf), pdf.length));
    }

    @Test
    void aFolderInTheNameIsDroppedAndTheNameKeptInChinese() throws Exception {
        String name = Samples.uniqueName("docx");
        As.user("deptadmin", () -> blankForms.upload(MATTER, "C:\\Users\\陈业务\\桌面\\" + name, FormKind.BLANK_FORM,
                Samples.docx("申请表")));
        assertEquals(FileType.DOCX, blankForms.ofMatter(MATTER).stream()
                .filter(f -> f.getFileName().equals(name)).findFirst().orElseThrow().getFileType());
    }

    @Test
    void aNameInDecomposedFormFindsTheStoredForm() throws Exception {
        String name = "caf\u00e9-" + Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);
        As.user("deptadmin", () -> blankForms.upload(MATTER, name.replace("\u00e9", "e\u0301"), FormKind.BLANK_FORM, pdf));

        assertArrayEquals(pdf, blankForms.download(MATTER, name).content());
        assertArrayEquals(pdf, blankForms.download(MATTER, name.replace("\u00e9", "e\u0301")).content());
    }

    @Test
    void uploadingTheSameNameAgainReplacesTheFormInPlace() throws Exception {
        String name = Samples.uniqueName("docx");
        byte[] first = Samples.docx("第一版");
        byte[] second = Samples.docx("第二版，内容更长一些");
        long id = As.user("deptadmin", () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, first)).getId();

        BlankForm replaced = As.user("deptadmin", () -> blankForms.upload(MATTER, name, FormKind.SAMPLE, second));

        assertEquals(id, replaced.getId());
        assertEquals(1, count("SELECT COUNT(*) FROM blank_form WHERE file_name = ?1", name));
        assertEquals(1, count("SELECT COUNT(*) FROM blank_form_content WHERE blank_form_id = ?1", id));
        BlankForm listed = blankForms.ofMatter(MATTER).stream()
                .filter(f -> f.getFileName().equals(name)).findFirst().orElseThrow();
        assertEquals(Samples.sha256(second), listed.getSha256());
        assertNotEquals(Samples.sha256(first), listed.getSha256());
        assertEquals(second.length, listed.getSize());
        assertEquals(FormKind.SAMPLE, listed.getKind());
        assertArrayEquals(second, blankForms.download(MATTER, name).content());
    }

    @Test
    void theBusinessOwnerDeletesAForm() throws Exception {
        String name = Samples.uniqueName("pdf");
        long id = As.user("deptadmin", () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, Samples.pdf(name))).getId();

        As.user("deptadmin", () -> blankForms.delete(MATTER, name));

        assertEquals(0, count("SELECT COUNT(*) FROM blank_form WHERE id = ?1", id));
        assertEquals(0, count("SELECT COUNT(*) FROM blank_form_content WHERE blank_form_id = ?1", id));
        assertEquals(BusinessException.Reason.NOT_FOUND,
                assertThrows(BusinessException.class, () -> blankForms.download(MATTER, name)).reason());
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> blankForms.delete(MATTER, name))).reason());
    }

    @Test
    void nobodyButTheMattersBusinessOwnerMayChangeItsForms() throws Exception {
        String existing = Samples.uniqueName("pdf");
        As.user("deptadmin", () -> blankForms.upload(MATTER, existing, FormKind.BLANK_FORM, Samples.pdf(existing)));
        otherDepartmentsBusinessOwner();
        long before = count("SELECT COUNT(*) FROM blank_form");
        String name = Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);

        // other roles, of the same department or another, and applicants: the role is missing
        for (String user : List.of("swuj.clerk", "clerk", "approver", "zhangsan", "office")) {
            assertThrows(EJBAccessException.class,
                    () -> As.user(user, () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, pdf)), user);
            assertThrows(EJBAccessException.class, () -> As.user(user, () -> blankForms.delete(MATTER, existing)), user);
        }
        // anonymous callers
        assertThrows(EJBAccessException.class, () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, pdf));
        // the business owner of another department
        var refusal = assertThrows(BusinessException.class,
                () -> As.user(OTHER_ADMIN, () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, pdf)));
        assertEquals(BusinessException.Reason.FORBIDDEN, refusal.reason());
        assertEquals("blankForm.notYourDepartment", refusal.key());
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> As.user(OTHER_ADMIN, () -> blankForms.delete(MATTER, existing))).reason());

        assertEquals(before, count("SELECT COUNT(*) FROM blank_form"));
        assertEquals(0, count("SELECT COUNT(*) FROM blank_form WHERE file_name = ?1", name));
        assertArrayEquals(Samples.pdf(existing), blankForms.download(MATTER, existing).content());
        // while their own department's matters are theirs
        assertEquals(List.of("SWUJ-001"), As.user(OTHER_ADMIN, () -> blankForms.maintainedMatters()).stream()
                .map(m -> m.getCode()).toList());
    }

    @Test
    void disguisedFilesAreRefusedAndNothingIsStored() throws Exception {
        long forms = count("SELECT COUNT(*) FROM blank_form");
        long contents = count("SELECT COUNT(*) FROM blank_form_content");

        assertRefused("blankForm.content.EXECUTABLE", Samples.uniqueName("pdf"), Samples.program());
        assertRefused("blankForm.content.MARKUP", Samples.uniqueName("pdf"), Samples.webPage());
        assertRefused("blankForm.content.ZIP", Samples.uniqueName("docx"), Samples.zip("setup.exe", "MZ"));
        assertRefused("blankForm.extensionMismatch", Samples.uniqueName("docx"), Samples.pdf("x"));
        assertRefused("blankForm.extensionNotAllowed", "setup.exe", Samples.program());
        assertRefused("blankForm.extensionNotAllowed", "申请表.html", Samples.webPage());
        assertRefused("blankForm.empty", Samples.uniqueName("pdf"), new byte[0]);
        assertRefused("blankForm.nameControl", "申请表\u202Efdp.exe", Samples.pdf("x"));

        assertEquals(forms, count("SELECT COUNT(*) FROM blank_form"));
        assertEquals(contents, count("SELECT COUNT(*) FROM blank_form_content"));
    }

    @Test
    void aDisguisedReplacementLeavesTheFormAsItWas() throws Exception {
        String name = Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);
        As.user("deptadmin", () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, pdf));

        assertRefused("blankForm.content.MARKUP", name, Samples.webPage());

        assertArrayEquals(pdf, blankForms.download(MATTER, name).content());
        assertEquals(Samples.sha256(pdf), blankForms.ofMatter(MATTER).stream()
                .filter(f -> f.getFileName().equals(name)).findFirst().orElseThrow().getSha256());
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        long limit = blankForms.maxBytes();
        assertEquals(10L * 1024 * 1024, limit);
        byte[] tooLarge = Arrays.copyOf(Samples.pdf("large"), (int) limit + 1);
        long before = count("SELECT COUNT(*) FROM blank_form");
        assertRefused("blankForm.tooLarge", Samples.uniqueName("pdf"), tooLarge);
        assertEquals(before, count("SELECT COUNT(*) FROM blank_form"));
    }

    @Test
    void aKindIsRequiredAndUnknownMattersAndFormsAreNotFound() throws Exception {
        var noKind = assertThrows(BusinessException.class, () -> As.user("deptadmin",
                () -> blankForms.upload(MATTER, Samples.uniqueName("pdf"), null, Samples.pdf("x"))));
        assertEquals("blankForm.kindMissing", noKind.key());
        assertEquals("matter.unknown", assertThrows(BusinessException.class, () -> blankForms.ofMatter("NOPE-1")).key());
        assertEquals("matter.unknown", assertThrows(BusinessException.class, () -> blankForms.download("NOPE-1", "a.pdf")).key());
        assertEquals("blankForm.unknown", assertThrows(BusinessException.class, () -> blankForms.download(MATTER, "无此表格.pdf")).key());
        assertEquals("matter.unknown", assertThrows(BusinessException.class, () -> As.user("deptadmin",
                () -> blankForms.upload("NOPE-1", "a.pdf", FormKind.BLANK_FORM, Samples.pdf("x")))).key());
    }

    @Test
    void theDemoCatalogueComesWithItsBlankForms() {
        BlankForm form = blankForms.ofMatter(MATTER).stream()
                .filter(f -> f.getFileName().equals("建筑工程施工许可证申请表.docx")).findFirst().orElseThrow();
        assertEquals(FileType.DOCX, form.getFileType());
        assertEquals(FormKind.BLANK_FORM, form.getKind());
        BlankFormDownload download = blankForms.download(MATTER, form.getFileName());
        assertEquals(form.getSha256(), Samples.sha256(download.content()));
        assertEquals(download.content().length, form.getSize());
    }

    private void assertRefused(String key, String name, byte[] content) {
        var refusal = assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> blankForms.upload(MATTER, name, FormKind.BLANK_FORM, content)));
        assertEquals(BusinessException.Reason.INVALID, refusal.reason(), key);
        assertEquals(key, refusal.key());
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Creates the other department's business owner once; later tests find it there. */
    private void otherDepartmentsBusinessOwner() throws Exception {
        transaction.begin();
        try {
            boolean exists = !em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                    .setParameter("username", OTHER_ADMIN).getResultList().isEmpty();
            if (!exists) {
                Department swuj = em.createNamedQuery(Department.FIND_BY_CODE, Department.class)
                        .setParameter("code", "SWUJ").getSingleResult();
                Account admin = Account.ofDepartment(OTHER_ADMIN, PasswordHashing.hash(As.DEMO_PASSWORD.toCharArray()),
                        "水务业务负责人", swuj, EnumSet.of(Role.DEPT_ADMIN), OffsetDateTime.now());
                admin.passTraining();
                em.persist(admin);
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
