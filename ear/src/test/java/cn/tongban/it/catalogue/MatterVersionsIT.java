package cn.tongban.it.catalogue;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.boundary.MatterVersions;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.catalogue.entity.VersionStatus;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 第十四条: a department drafts, its leader confirms, the service office files and publishes; a skipped step
 * or the wrong role is refused; the version in force stays public meanwhile; applications keep their version.
 * Each test imports a matter of its own, so the tests share nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MatterVersionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MatterVersionsIT.class.getPackage());
    }

    @EJB
    Catalogue catalogue;

    @EJB
    MatterVersions versions;

    @EJB
    Applications applications;

    @Test
    void draftConfirmFilePublishPutsTheNewVersionInForce() throws Exception {
        String code = TestMatters.importOne("ZJJ", 10, 5);
        MatterContent inForce = catalogue.matter(code).getCurrentVersion().getContent();

        MatterVersion draft = As.user("deptadmin", () -> versions.draft(code, inForce.withTimeLimits(10, 4), "提速承诺"));
        assertEquals(2, draft.getNumber());
        assertEquals(5, catalogue.matter(code).getPromisedDays(), "the version in force stays public while drafting");

        As.user("approver", () -> versions.confirm(draft.getId(), "同意"));
        As.user("office", () -> versions.file(draft.getId(), "备案"));
        assertEquals(5, catalogue.matter(code).getPromisedDays());
        MatterVersion published = As.user("office", () -> versions.publish(draft.getId(), today()));

        assertEquals(VersionStatus.IN_FORCE, published.getStatus());
        assertEquals(4, catalogue.matter(code).getPromisedDays());
        assertEquals(4, catalogue.matter(code).getCurrentVersion().getContent().promisedDays());
        List<MatterVersion> all = As.user("office", () -> versions.versions(code));
        assertEquals(List.of(VersionStatus.IN_FORCE, VersionStatus.SUPERSEDED), all.stream().map(MatterVersion::getStatus).toList());
        var differences = As.user("approver", () -> versions.differences(all.get(1).getId(), all.get(0).getId()));
        assertEquals(List.of("promisedDays"), differences.stream().map(MatterContent.Difference::field).toList());
        assertEquals("5", differences.get(0).before());
        assertEquals("4", differences.get(0).after());
    }

    @Test
    void aSkippedStepIsRefused() throws Exception {
        String code = TestMatters.importOne("ZJJ", 10, 5);
        MatterContent content = catalogue.matter(code).getCurrentVersion().getContent();
        MatterVersion draft = As.user("deptadmin", () -> versions.draft(code, content.withTimeLimits(10, 3), "调整"));

        assertEquals(BusinessException.Reason.CONFLICT,
                assertThrows(BusinessException.class, () -> As.user("office", () -> versions.file(draft.getId(), null))).reason());
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("office", () -> versions.publish(draft.getId(), today()))).reason());
        As.user("approver", () -> versions.confirm(draft.getId(), null));
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("office", () -> versions.publish(draft.getId(), today()))).reason());
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> versions.revise(draft.getId(), content, "改"))).reason());
        assertEquals(5, catalogue.matter(code).getPromisedDays());
    }

    @Test
    void eachStepBelongsToItsRoleAndDepartment() throws Exception {
        String code = TestMatters.importOne("ZJJ", 10, 5);
        String otherCode = TestMatters.importOne("SWUJ", 10, 5);
        MatterContent content = catalogue.matter(code).getCurrentVersion().getContent();

        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> versions.draft(code, content, "无权")));
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> As.user("swuj.admin", () -> versions.draft(code, content, "跨部门"))).reason());
        MatterVersion draft = As.user("deptadmin", () -> versions.draft(code, content.withTimeLimits(10, 2), "提速"));
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> versions.confirm(draft.getId(), null)));
        assertThrows(EJBAccessException.class, () -> As.user("office", () -> versions.confirm(draft.getId(), null)));

        MatterContent other = catalogue.matter(otherCode).getCurrentVersion().getContent();
        MatterVersion otherDraft = As.user("swuj.admin", () -> versions.draft(otherCode, other.withTimeLimits(10, 2), "提速"));
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> As.user("approver", () -> versions.confirm(otherDraft.getId(), null))).reason());
        assertEquals(VersionStatus.DRAFT, As.user("swuj.admin", () -> versions.find(otherDraft.getId())).getStatus());
    }

    @Test
    void oneVersionUnderWayAtATimeAndReturnsNeedAReason() throws Exception {
        String code = TestMatters.importOne("ZJJ", 10, 5);
        MatterContent content = catalogue.matter(code).getCurrentVersion().getContent();
        MatterVersion draft = As.user("deptadmin", () -> versions.draft(code, content.withTimeLimits(10, 4), "一"));

        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> versions.draft(code, content, "二"))).reason());
        As.user("approver", () -> versions.confirm(draft.getId(), null));
        assertEquals(BusinessException.Reason.INVALID, assertThrows(BusinessException.class,
                () -> As.user("office", () -> versions.returnToDraft(draft.getId(), " "))).reason());
        MatterVersion returned = As.user("office", () -> versions.returnToDraft(draft.getId(), "依据不全，请补充"));
        assertEquals(VersionStatus.DRAFT, returned.getStatus());
        assertEquals("依据不全，请补充", returned.getLastComment());
        MatterVersion revised = As.user("deptadmin", () -> versions.revise(draft.getId(), content.withTimeLimits(10, 3), "补充依据"));
        assertEquals(3, revised.getContent().promisedDays());
    }

    @Test
    void aLaterEffectiveDateKeepsTheOldVersionInForceAndThePastIsRefused() throws Exception {
        String code = TestMatters.importOne("ZJJ", 10, 5);
        MatterContent content = catalogue.matter(code).getCurrentVersion().getContent();
        MatterVersion draft = As.user("deptadmin", () -> versions.draft(code, content.withTimeLimits(10, 2), "明日生效"));
        As.user("approver", () -> versions.confirm(draft.getId(), null));
        As.user("office", () -> versions.file(draft.getId(), null));

        assertEquals(BusinessException.Reason.INVALID, assertThrows(BusinessException.class,
                () -> As.user("office", () -> versions.publish(draft.getId(), today().minusDays(1)))).reason());
        MatterVersion published = As.user("office", () -> versions.publish(draft.getId(), today().plusDays(1)));
        assertEquals(VersionStatus.PUBLISHED, published.getStatus());
        assertEquals(5, catalogue.matter(code).getPromisedDays());
        versions.putDueVersionsInForce();
        assertEquals(5, catalogue.matter(code).getPromisedDays(), "a version published for tomorrow is not in force today");
        assertEquals(VersionStatus.PUBLISHED, As.user("office", () -> versions.find(draft.getId())).getStatus());
    }

    @Test
    void anApplicationKeepsTheVersionItWasMadeUnder() throws Exception {
        String code = TestMatters.importOne("ZJJ", 10, 5);
        String receipt = As.user("zhangsan", () -> applications.submit(code, SampleForms.testMatter()).getReceiptNumber().value());
        MatterContent content = catalogue.matter(code).getCurrentVersion().getContent();
        MatterVersion draft = As.user("deptadmin", () -> versions.draft(code, content.withTimeLimits(10, 1), "极速"));
        As.user("approver", () -> versions.confirm(draft.getId(), null));
        As.user("office", () -> versions.file(draft.getId(), null));
        As.user("office", () -> versions.publish(draft.getId(), today()));

        var application = As.user("zhangsan", () -> applications.byReceiptNumber(receipt));
        assertEquals(1, application.getMatterVersion().getNumber());
        assertEquals(5, application.getMatterVersion().getContent().promisedDays());
        String later = As.user("zhangsan", () -> applications.submit(code, SampleForms.testMatter()).getReceiptNumber().value());
        assertEquals(2, As.user("zhangsan", () -> applications.byReceiptNumber(later)).getMatterVersion().getNumber());
    }

    @Test
    void aNewMatterIsNotPublicUntilPublished() throws Exception {
        String existing = TestMatters.importOne("ZJJ", 10, 5);
        MatterContent content = catalogue.matter(existing).getCurrentVersion().getContent();
        String code = "ZJJ-N" + System.nanoTime() % 1_000_000;

        MatterVersion draft = As.user("deptadmin", () -> versions.draftNewMatter(code, content, "新增事项"));
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class, () -> catalogue.matter(code)).reason());
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> versions.draftNewMatter(code, content, "重复"))).reason());
        As.user("approver", () -> versions.confirm(draft.getId(), null));
        As.user("office", () -> versions.file(draft.getId(), null));
        As.user("office", () -> versions.publish(draft.getId(), today()));
        assertTrue(catalogue.matter(code).isPublic());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
