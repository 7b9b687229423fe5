package cn.tongban.it.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thin journey through the service layer on PostgreSQL: submit, accept, read back; and who may not. */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    private static final String SERIAL_MATTER = "ZJJ-001";
    private static final String OFFLINE_MATTER = "GAJ-001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ApplicationsIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Test
    void eclipseLinkIsTheProvider() {
        assertNotNull(em.unwrap(JpaEntityManager.class));
        assertTrue(em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"),
                em.getEntityManagerFactory().getClass().getName());
    }

    @Test
    void anApplicationIsStoredAndReadBack() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());

        Application read = As.user("zhangsan", () -> applications.byReceiptNumber(receipt));
        assertEquals(ApplicationStatus.SUBMITTED, read.getStatus());
        assertEquals(SERIAL_MATTER, read.getMatter().getCode());
        assertEquals("ZJJ", read.getDepartment().getCode());
        assertEquals("zhangsan", read.getApplicant().getUsername());
        assertNotNull(read.getSubmittedAt());
        assertTrue(receipt.startsWith(read.getSubmittedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDate().toString().replace("-", "") + "-ZJJ-"), receipt);

        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM application WHERE receipt_number = ?")
                .setParameter(1, receipt).getSingleResult();
        assertEquals(1, rows.intValue());
    }

    @Test
    void aClerkAcceptsAndTheApplicantSeesIt() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());

        List<String> waiting = As.user("clerk", () -> workflow.waitingForAcceptance().stream()
                .map(a -> a.getReceiptNumber().value()).toList());
        assertTrue(waiting.contains(receipt));

        As.user("clerk", () -> workflow.accept(receipt, "材料齐全，予以受理"));

        Application seen = As.user("zhangsan", () -> applications.byReceiptNumber(receipt));
        assertEquals(ApplicationStatus.ACCEPTED, seen.getStatus());
        assertNotNull(seen.getAcceptedAt());
        List<StatusChange> timeline = As.user("zhangsan", () -> applications.timeline(receipt));
        assertEquals(List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED),
                timeline.stream().map(StatusChange::getToStatus).toList());
        StatusChange acceptance = timeline.get(1);
        assertEquals("李受理", acceptance.getActorName());
        assertEquals("材料齐全，予以受理", acceptance.getOpinion());
        assertEquals("ZJJ", acceptance.getDepartment().getCode());
        assertTrue(As.user("clerk", () -> workflow.waitingForAcceptance().stream()
                .noneMatch(a -> a.getReceiptNumber().value().equals(receipt))));
    }

    @Test
    void anApplicantCannotCallAStaffOnlyMethod() {
        assertThrows(EJBAccessException.class, () -> As.user("zhangsan", () -> workflow.waitingForAcceptance()));
        assertThrows(EJBAccessException.class, () -> As.user("zhangsan", () -> workflow.accept("20261125-ZJJ-00000000X", null)));
    }

    @Test
    void staffCannotApplyAndUntrainedStaffCannotAct() {
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit())));
        // 第十九条: the trainee holds the CLERK role but has not passed the training, so the realm lets them not in
        assertThrows(SecurityException.class, () -> As.user("trainee", () -> workflow.waitingForAcceptance()));
    }

    @Test
    void aClerkOfAnotherDepartmentCannotAccept() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());

        var refused = assertThrows(BusinessException.class, () -> As.user("swuj.clerk", () -> workflow.accept(receipt, null)));
        assertEquals(BusinessException.Reason.FORBIDDEN, refused.reason());
        assertEquals(ApplicationStatus.SUBMITTED, As.user("zhangsan", () -> applications.byReceiptNumber(receipt)).getStatus());
    }

    @Test
    void nobodyReadsAnothersApplication() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());

        var refused = assertThrows(BusinessException.class, () -> As.user("qiye", () -> applications.byReceiptNumber(receipt)));
        assertEquals(BusinessException.Reason.NOT_FOUND, refused.reason());
        assertThrows(BusinessException.class, () -> As.user("swuj.clerk", () -> applications.byReceiptNumber(receipt)));
        assertEquals(receipt, As.user("clerk", () -> applications.byReceiptNumber(receipt)).getReceiptNumber().value());
    }

    @Test
    void theFormIsCheckedFieldByFieldAndStoredNormalised() throws Exception {
        long before = applicationCount();
        var broken = Json.createObjectBuilder(SampleForms.constructionPermit())
                .add("builderUscc", "91350100M000100Y44")
                .add("contactPhone", "12345")
                .add("plannedStartDate", "2027-02-30")
                .remove("projectName")
                .add("colour", "red")
                .build();
        var refused = assertThrows(BusinessException.class, () -> As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, broken)));
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(Set.of("projectName", "builderUscc", "contactPhone", "plannedStartDate", "colour"),
                refused.violations().stream().map(v -> v.field()).collect(Collectors.toSet()));
        assertEquals(before, applicationCount());

        var spaced = Json.createObjectBuilder(SampleForms.constructionPermit())
                .add("contactPhone", "+86 138-0013-8000").add("builderUscc", SampleForms.CREDIT_CODE.toLowerCase()).build();
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, spaced).getReceiptNumber().value());
        var stored = As.user("zhangsan", () -> applications.byReceiptNumber(receipt)).getForm();
        assertEquals("13800138000", stored.getString("contactPhone"));
        assertEquals(SampleForms.CREDIT_CODE, stored.getString("builderUscc"));
        assertEquals("东莞市南城区示范学校教学楼工程", stored.getString("projectName"));
    }

    @Test
    void anOfflineOnlyMatterIsRefusedAndNothingIsStored() throws Exception {
        long before = applicationCount();
        var refused = assertThrows(BusinessException.class, () -> As.user("zhangsan", () -> applications.submit(OFFLINE_MATTER, SampleForms.constructionPermit())));
        assertEquals(BusinessException.Reason.UNPROCESSABLE, refused.reason());
        assertEquals(before, applicationCount());
    }

    @Test
    void acceptingTwiceIsRefused() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, null));

        var refused = assertThrows(BusinessException.class, () -> As.user("clerk", () -> workflow.accept(receipt, null)));
        assertEquals(BusinessException.Reason.CONFLICT, refused.reason());
    }

    @Test
    void twoClerksAcceptingAtOnceExactlyOneSucceeds() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit(SERIAL_MATTER, SampleForms.constructionPermit()).getReceiptNumber().value());

        CountDownLatch start = new CountDownLatch(1);
        Callable<String> accept = () -> {
            start.await();
            try {
                As.user("clerk", () -> workflow.accept(receipt, null));
                return "accepted";
            } catch (BusinessException e) {
                return e.reason().name();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(accept));
            results.add(pool.submit(accept));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("accepted"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("CONFLICT"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        List<StatusChange> timeline = As.user("clerk", () -> applications.timeline(receipt));
        assertEquals(1, timeline.stream().filter(c -> c.getToStatus() == ApplicationStatus.ACCEPTED).count());
    }

    private long applicationCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM application").getSingleResult()).longValue();
    }
}
