package cn.tongban.it.apply;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.boundary.Drafts;
import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.boundary.Submissions;
import cn.tongban.applications.entity.ApplicationDraft;
import cn.tongban.applications.entity.IdempotencyKey;
import cn.tongban.applications.entity.SubmissionReceipt;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.it.SampleForms;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts with their materials, the idempotent service call and when materials may be added (网上申报, 第四条). */
@ExtendWith(ArquillianExtension.class)
class DraftsAndMaterialsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DraftsAndMaterialsIT.class.getPackage());
    }

    @EJB
    Drafts drafts;

    @EJB
    Materials materials;

    @EJB
    Submissions submissions;

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    Catalogue catalogue;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Test
    void aDraftIsSavedResumedCompletedAndSubmittedOnce() throws Exception {
        var unfinished = Json.createObjectBuilder().add("projectName", "草稿工程").add("contractPrice", "not yet").build();
        long draftId = As.user("zhangsan", () -> drafts.start("ZJJ-001", unfinished)).getId();
        assertTrue(As.user("zhangsan", () -> drafts.mine()).stream().anyMatch(d -> d.getId() == draftId));
        assertEquals("草稿工程", As.user("zhangsan", () -> drafts.mine(draftId)).getForm().getString("projectName"));
        assertThrows(BusinessException.class, () -> As.user("qiye", () -> drafts.mine(draftId)), "only the applicant sees it");

        As.user("zhangsan", () -> materials.attachToDraft(draftId, "施工合同", "contract.pdf", Files.pdf()));
        var key = IdempotencyKey.of(UUID.randomUUID().toString());
        var missing = assertThrows(BusinessException.class,
                () -> As.user("zhangsan", () -> submissions.submitDraft(draftId, SampleForms.constructionPermit(), key)));
        assertEquals("submission.materialsMissing", missing.key());
        assertEquals(1L, count("SELECT COUNT(d) FROM ApplicationDraft d WHERE d.id = " + draftId), "nothing changed");

        for (String name : requiredOf("ZJJ-001")) {
            if (!name.equals("施工合同")) {
                As.user("zhangsan", () -> materials.attachToDraft(draftId, name, "scan.pdf", Files.pdf()));
            }
        }
        assertEquals(requiredOf("ZJJ-001").size(), As.user("zhangsan", () -> materials.ofDraft(draftId)).size());
        SubmissionReceipt receipt = As.user("zhangsan", () -> submissions.submitDraft(draftId, SampleForms.constructionPermit(), key));
        assertNotNull(receipt.queryCode());
        assertEquals(0L, count("SELECT COUNT(d) FROM ApplicationDraft d WHERE d.id = " + draftId), "the draft is gone");
        assertEquals(requiredOf("ZJJ-001").size(),
                As.user("zhangsan", () -> materials.of(receipt.receiptNumber())).size(), "its materials went along");

        SubmissionReceipt again = As.user("zhangsan", () -> submissions.submitDraft(draftId, SampleForms.constructionPermit(), key));
        assertEquals(receipt.receiptNumber(), again.receiptNumber());
        assertEquals(receipt.queryCode(), again.queryCode());
        assertTrue(again.replayed());
    }

    @Test
    void aDeletedDraftTakesItsMaterialsAlong() throws Exception {
        long draftId = As.user("zhangsan", () -> drafts.start("ZJJ-001", Json.createObjectBuilder().build())).getId();
        As.user("zhangsan", () -> materials.attachToDraft(draftId, "施工合同", "contract.pdf", Files.pdf()));
        As.user("zhangsan", () -> drafts.save(draftId, Json.createObjectBuilder().add("projectName", "改名").build()));
        assertThrows(BusinessException.class, () -> As.user("qiye", () -> drafts.delete(draftId)));
        As.user("zhangsan", () -> drafts.delete(draftId));
        assertEquals(0L, count("SELECT COUNT(m) FROM ApplicationMaterial m WHERE m.draft.id = " + draftId));
        assertFalse(As.user("zhangsan", () -> drafts.mine()).stream().map(ApplicationDraft::getId).anyMatch(id -> id == draftId));
    }

    @Test
    void anOfflineOnlyMatterTakesNoDraft() {
        var e = assertThrows(BusinessException.class, () -> As.user("zhangsan", () -> drafts.start("GAJ-001", null)));
        assertEquals(BusinessException.Reason.UNPROCESSABLE, e.reason());
    }

    @Test
    void theServiceCreatesOneApplicationPerKeyEvenConcurrently() throws Exception {
        var key = IdempotencyKey.of(UUID.randomUUID().toString());
        long before = count("SELECT COUNT(a) FROM Application a");
        var start = new CountDownLatch(1);
        Callable<SubmissionReceipt> submit = () -> {
            start.await();
            return As.user("zhangsan", () -> submissions.submit("ZJJ-001", null, SampleForms.constructionPermit(), key));
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SubmissionReceipt>> both = List.of(pool.submit(submit), pool.submit(submit));
            start.countDown();
            assertEquals(both.get(0).get().receiptNumber(), both.get(1).get().receiptNumber());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, count("SELECT COUNT(a) FROM Application a"));
        var other = assertThrows(BusinessException.class, () -> As.user("zhangsan",
                () -> submissions.submit("ZJJ-001", null, SampleForms.parallelConstruction(), key)));
        assertEquals(BusinessException.Reason.CONFLICT, other.reason());
    }

    @Test
    void materialsAreAddedBeforeAcceptanceAndDuringACorrectionOnly() throws Exception {
        String receipt = As.user("zhangsan", () -> submissions.submit("ZJJ-001", null, SampleForms.constructionPermit(),
                IdempotencyKey.of(UUID.randomUUID().toString()))).receiptNumber();
        As.user("clerk", () -> workflow.accept(receipt, "受理"));
        var late = assertThrows(BusinessException.class,
                () -> As.user("zhangsan", () -> materials.attach(receipt, "施工合同", "contract.pdf", Files.pdf())));
        assertEquals("material.notNow", late.key());
    }

    @Test
    void branchDepartmentsReadTheApplicationAndItsMaterials() throws Exception {
        String receipt = As.user("zhangsan", () -> submissions.submit("ZJJ-003", null, SampleForms.parallelConstruction(),
                IdempotencyKey.of(UUID.randomUUID().toString()))).receiptNumber();
        As.user("zhangsan", () -> materials.attach(receipt, "施工合同", "contract.pdf", Files.pdf()));
        assertEquals(404, Http.get("/api/v1/applications/" + receipt, "swuj.reviewer").statusCode(), "not before it is theirs");
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        var read = Http.get("/api/v1/applications/" + receipt, "swuj.reviewer");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"sha256\""), read.body());
        assertEquals(1, As.user("swuj.reviewer", () -> materials.of(receipt)).size());
        assertEquals(404, Http.get("/api/v1/applications/" + receipt, "scjgj.clerk").statusCode(), "another department");
    }

    private List<String> requiredOf(String matterCode) throws Exception {
        return As.user("zhangsan", () -> catalogue.matter(matterCode)).getCurrentVersion().getContent().materials().stream()
                .filter(MatterContent.Material::required).map(MatterContent.Material::name).toList();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
