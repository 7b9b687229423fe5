package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.calendar.entity.HolidayFile;
import cn.tongban.changes.control.WorkingDays;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static cn.tongban.changes.entity.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filing a planned upgrade five working days ahead (第十七条), and the offices' acknowledgements. */
class UpgradeFilingTest {

    private static final String SUMMARY = "审批业务系统升级至 3.0 版";
    private static final String IMPACT = "升级期间住建局事项暂停网上受理约 4 小时";
    private static final String CONTACT = "陈业务 0769-22220000";

    private final WorkingDays workingDays = new WorkingDays(HolidayFile.calendar());
    private final Account deptAdmin = deptAdmin();

    private UpgradeFiling fileOn(LocalDate filingDay, LocalDateTime start) {
        return UpgradeFiling.file(SUMMARY, start, start.plusHours(4), IMPACT, CONTACT,
                workingDays.after(filingDay, UpgradeFiling.NOTICE_WORKING_DAYS),
                SignOff.by(deptAdmin, filingDay.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), "10.0.0.9", null));
    }

    @Test
    void exactlyTheFifthWorkingDayIsAllowed() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        LocalDateTime start = LocalDate.of(2026, 12, 7).atTime(LocalTime.MIDNIGHT);

        UpgradeFiling filing = fileOn(monday, start);

        assertEquals(start.atOffset(ZoneOffset.ofHours(8)), filing.getPlannedStart());
        assertEquals(start.plusHours(4).atOffset(ZoneOffset.ofHours(8)), filing.getPlannedEnd());
        assertEquals(ZJJ, filing.getDepartment());
        assertEquals(deptAdmin.getDisplayName(), filing.getFiledByName());
        assertEquals("10.0.0.9", filing.getFiledFrom());
        assertEquals(SUMMARY, filing.getSummary());
        assertFalse(filing.isAcknowledgedByBoth());
    }

    @Test
    void theFourthWorkingDayIsRefusedWithTheEarliestAllowedDay() {
        LocalDate monday = LocalDate.of(2026, 11, 30);

        var refused = assertThrows(BusinessException.class, () -> fileOn(monday, LocalDate.of(2026, 12, 4).atTime(23, 30)));

        assertEquals(BusinessException.Reason.UNPROCESSABLE, refused.reason());
        assertEquals("upgrade.tooEarly", refused.key());
        assertTrue(refused.getMessage().contains("2026-12-07"), refused.getMessage());
        assertTrue(refused.getMessage().contains("第十七条"), refused.getMessage());
    }

    @Test
    void theWeekendBeforeTheFifthWorkingDayIsRefusedToo() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThrows(BusinessException.class, () -> fileOn(monday, LocalDate.of(2026, 12, 5).atTime(9, 0)));
        assertThrows(BusinessException.class, () -> fileOn(monday, LocalDate.of(2026, 12, 6).atTime(22, 0)));
    }

    @Test
    void filedOnFridayOrSaturdayTheNextFridayIsTheEarliest() {
        for (LocalDate filingDay : List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5))) {
            assertThrows(BusinessException.class, () -> fileOn(filingDay, LocalDate.of(2026, 12, 10).atTime(20, 0)),
                    filingDay.toString());
            assertEquals(LocalDate.of(2026, 12, 11),
                    fileOn(filingDay, LocalDate.of(2026, 12, 11).atTime(20, 0)).getPlannedStart().toLocalDate());
        }
    }

    @Test
    void badInputIsRefusedWithEveryInvalidField() {
        var refused = assertThrows(BusinessException.class, () -> UpgradeFiling.file(" ", null, null, "", null,
                LocalDate.of(2026, 12, 7), SignOff.by(deptAdmin, NOW, null, null)));

        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(List.of("summary", "plannedStart", "plannedEnd", "impact", "contact"),
                refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void theEndComesAfterTheStart() {
        LocalDateTime start = LocalDate.of(2026, 12, 8).atTime(9, 0);
        var refused = assertThrows(BusinessException.class, () -> UpgradeFiling.file(SUMMARY, start, start, IMPACT,
                CONTACT, LocalDate.of(2026, 12, 7), SignOff.by(deptAdmin, NOW, null, null)));
        assertEquals(List.of("upgrade.plannedEnd"), refused.violations().stream().map(Violation::key).toList());
    }

    @Test
    void eachOfficeAcknowledgesOnce() {
        UpgradeFiling filing = fileOn(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 8).atTime(9, 0));

        filing.acknowledge(act(office(), "已备案"));
        assertEquals("已备案", filing.acknowledgement(Office.SERVICE_OFFICE).getComment());
        assertNull(filing.acknowledgement(Office.IT_OFFICE));
        assertFalse(filing.isAcknowledgedByBoth());

        var again = assertThrows(BusinessException.class,
                () -> filing.acknowledge(act(staff("office2", XZFWB, Role.SERVICE_OFFICE), null)));
        assertEquals(BusinessException.Reason.CONFLICT, again.reason());

        filing.acknowledge(act(itOffice(), null));
        assertTrue(filing.isAcknowledgedByBoth());
    }

    @Test
    void onlyTheOfficesAcknowledge() {
        UpgradeFiling filing = fileOn(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 8).atTime(9, 0));
        var refused = assertThrows(BusinessException.class, () -> filing.acknowledge(act(deptAdmin, null)));
        assertEquals(BusinessException.Reason.FORBIDDEN, refused.reason());
        assertNull(filing.getServiceOffice());
    }
}
