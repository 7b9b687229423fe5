package cn.tongban.it.changes;

import cn.tongban.changes.boundary.UpgradeFilings;
import cn.tongban.changes.control.WorkingDays;
import cn.tongban.changes.entity.Office;
import cn.tongban.changes.entity.UpgradeFiling;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filing a department's planned system upgrade five working days ahead with both offices (第十七条), on WildFly. */
@ExtendWith(ArquillianExtension.class)
class UpgradeFilingsIT {

    private static final String SUMMARY = "住建局审批业务系统升级至 3.0 版";
    private static final String IMPACT = "升级期间住建局事项的网上受理暂停约 4 小时，已提交的申请不受影响。";
    private static final String CONTACT = "陈业务 0769-22220000";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(UpgradeFilingsIT.class.getPackage());
    }

    @EJB
    UpgradeFilings filings;

    @Inject
    TestAccounts testAccounts;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    /** The official calendar the boundary counts on, as published in the test database. */
    @Inject
    WorkingDays workingDays;

    @Test
    void fourWorkingDaysAheadIsRefusedFiveAccepted() throws Exception {
        LocalDate today = LocalDate.now(Clocks.CHINA);
        LocalDate fifth = workingDays.after(today, 5);
        LocalDate fourth = workingDays.after(today, 4);
        assertEquals(fifth, As.user("deptadmin", () -> filings.earliestStart()));
        long before = count();

        var refused = assertThrows(BusinessException.class, () -> file("deptadmin", fourth.atTime(9, 0)));
        assertEquals(BusinessException.Reason.UNPROCESSABLE, refused.reason());
        assertEquals("upgrade.tooEarly", refused.key());
        assertTrue(refused.getMessage().contains(fifth.toString()), refused.getMessage());
        assertEquals(before, count());

        UpgradeFiling filed = file("deptadmin", fifth.atTime(9, 0));

        assertEquals(before + 1, count());
        assertEquals(fifth.atTime(9, 0), filed.getPlannedStart().atZoneSameInstant(Clocks.CHINA).toLocalDateTime());
        assertEquals("ZJJ", filed.getDepartment().getCode());
        assertEquals("陈业务", filed.getFiledByName());
    }

    @Test
    void bothOfficesSeeAndAcknowledgeAFiling() throws Exception {
        long id = file("deptadmin", workingDays.after(LocalDate.now(Clocks.CHINA), 8).atTime(20, 0)).getId();
        assertTrue(ids("office").contains(id));
        assertTrue(ids("itoffice").contains(id));
        assertTrue(ids("deptadmin").contains(id));

        As.user("office", () -> filings.acknowledge(id, "已备案，请升级前一日再次确认"));
        var again = assertThrows(BusinessException.class, () -> As.user("office", () -> filings.acknowledge(id, null)));
        assertEquals("upgrade.alreadyAcknowledged", again.key());
        UpgradeFiling both = As.user("itoffice", () -> filings.acknowledge(id, null));

        assertTrue(both.isAcknowledgedByBoth());
        assertEquals("黄服务办", both.acknowledgement(Office.SERVICE_OFFICE).getByName());
        assertEquals("已备案，请升级前一日再次确认", both.acknowledgement(Office.SERVICE_OFFICE).getComment());
        assertEquals("吴信息办", both.acknowledgement(Office.IT_OFFICE).getByName());
        assertNull(both.acknowledgement(Office.IT_OFFICE).getComment());
    }

    @Test
    void onlyABusinessOwnerFilesAndOnlyTheOfficesAcknowledge() throws Exception {
        LocalDateTime start = workingDays.after(LocalDate.now(Clocks.CHINA), 6).atTime(21, 0);
        long before = count();
        assertThrows(EJBAccessException.class, () -> file("clerk", start));
        assertThrows(EJBAccessException.class, () -> file("office", start));
        assertEquals(before, count());

        long id = file("deptadmin", start).getId();
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> filings.acknowledge(id, null)));
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> filings.visible()));
    }

    @Test
    void aDepartmentSeesOnlyItsOwnFilings() throws Exception {
        testAccounts.ensureSwujAdmin();
        LocalDateTime start = workingDays.after(LocalDate.now(Clocks.CHINA), 7).atTime(22, 0);
        long zjj = file("deptadmin", start).getId();
        long swuj = file(TestAccounts.SWUJ_ADMIN, start).getId();

        assertTrue(ids("deptadmin").contains(zjj));
        assertFalse(ids("deptadmin").contains(swuj));
        assertTrue(ids(TestAccounts.SWUJ_ADMIN).contains(swuj));
        assertFalse(ids(TestAccounts.SWUJ_ADMIN).contains(zjj));
        assertTrue(ids("office").containsAll(List.of(zjj, swuj)));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        LocalDateTime start = workingDays.after(LocalDate.now(Clocks.CHINA), 10).atTime(9, 0);
        long before = count();

        var blank = assertThrows(BusinessException.class, () -> As.user("deptadmin",
                () -> filings.file("  ", start, start.minusHours(1), "", null)));
        assertEquals(BusinessException.Reason.INVALID, blank.reason());
        assertEquals(List.of("summary", "plannedEnd", "impact", "contact"),
                blank.violations().stream().map(Violation::field).toList());
        var noStart = assertThrows(BusinessException.class, () -> As.user("deptadmin",
                () -> filings.file(SUMMARY, null, start, IMPACT, CONTACT)));
        assertEquals(List.of("upgrade.plannedStartRequired"), noStart.violations().stream().map(Violation::key).toList());
        var yesterday = assertThrows(BusinessException.class, () -> file("deptadmin", LocalDate.now(Clocks.CHINA).minusDays(1).atTime(9, 0)));
        assertEquals("upgrade.tooEarly", yesterday.key());

        assertEquals(before, count());
    }

    private UpgradeFiling file(String user, LocalDateTime start) throws Exception {
        return As.user(user, () -> filings.file(SUMMARY, start, start.plusHours(4), IMPACT, CONTACT));
    }

    private List<Long> ids(String user) throws Exception {
        return As.user(user, () -> filings.visible()).stream().map(UpgradeFiling::getId).toList();
    }

    private long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM upgrade_filing").getSingleResult()).longValue();
    }
}
