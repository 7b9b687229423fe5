package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static cn.tongban.changes.entity.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change request's rules (第十六条) on plain objects: filing, the two approvals, rejection, withdrawal. */
class ChangeRequestTest {

    private static final String NEW_ENDPOINT = "https://zjj.gov-cloud.example.gov.cn/tongban";

    private final Setting endpoint = zjjEndpoint();
    private final Account deptAdmin = deptAdmin();
    private final Account office = office();
    private final Account itOffice = itOffice();

    private ChangeRequest pending() {
        return ChangeRequest.file(endpoint, NEW_ENDPOINT, REASON, deptAdmin, NOW);
    }

    // --- filing

    @Test
    void aFiledRequestIsPendingAndRemembersWhatItWasBasedOn() {
        ChangeRequest request = ChangeRequest.file(endpoint, "  " + NEW_ENDPOINT + " ", "  " + REASON + "  ", deptAdmin, NOW);

        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
        assertEquals(NEW_ENDPOINT, request.getProposedValue());
        assertEquals(ZJJ_ENDPOINT, request.getPreviousValue());
        assertEquals(endpoint.getVersion(), request.getBasedOnVersion());
        assertEquals(REASON, request.getReason());
        assertEquals("ZJJ", request.getDepartmentCode());
        assertEquals(deptAdmin.getDisplayName(), request.getRequesterName());
        assertEquals(NOW, request.getCreatedAt());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue(), "filing changes nothing");

        ChangeEvent filed = request.filed("10.0.0.7");
        assertEquals(ChangeAction.FILED, filed.getAction());
        assertNull(filed.getFromStatus());
        assertEquals(ChangeRequestStatus.PENDING, filed.getToStatus());
        assertEquals("10.0.0.7", filed.getSourceAddress());
        assertEquals(REASON, filed.getRemark());
    }

    @Test
    void onlyTheOwningDepartmentsBusinessOwnerRequestsItsSetting() {
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> ChangeRequest.file(endpoint, NEW_ENDPOINT, REASON,
                staff("clerk", ZJJ, Role.CLERK), NOW));
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> ChangeRequest.file(endpoint, NEW_ENDPOINT, REASON,
                staff("swuj.admin", SWUJ, Role.DEPT_ADMIN), NOW));
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> ChangeRequest.file(endpoint, NEW_ENDPOINT, REASON,
                office, NOW));
    }

    @Test
    void onlyTheOfficesRequestASystemSetting() {
        Setting limit = uploadLimit();
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> ChangeRequest.file(limit, "50", REASON, deptAdmin, NOW));
        assertEquals("50", ChangeRequest.file(limit, "50", REASON, office, NOW).getProposedValue());
        assertEquals("50", ChangeRequest.file(limit, "50", REASON, itOffice, NOW).getProposedValue());
    }

    @Test
    void badInputIsRefusedWithEveryInvalidField() {
        var refused = assertThrows(BusinessException.class,
                () -> ChangeRequest.file(endpoint, "http://insecure.example.gov.cn", "  ", deptAdmin, NOW));
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(List.of("setting.invalidUrl", "change.reasonLength"),
                refused.violations().stream().map(Violation::key).toList());
        assertEquals(List.of(SettingType.FIELD, "reason"), refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aReasonHasTenToAThousandCharacters() {
        assertRefused(BusinessException.Reason.INVALID, () -> ChangeRequest.file(endpoint, NEW_ENDPOINT, null, deptAdmin, NOW));
        assertRefused(BusinessException.Reason.INVALID, () -> ChangeRequest.file(endpoint, NEW_ENDPOINT, "迁".repeat(9), deptAdmin, NOW));
        assertRefused(BusinessException.Reason.INVALID, () -> ChangeRequest.file(endpoint, NEW_ENDPOINT, "迁".repeat(1001), deptAdmin, NOW));
        assertEquals(10, ChangeRequest.file(endpoint, NEW_ENDPOINT, "迁".repeat(10), deptAdmin, NOW).getReason().length());
        assertEquals(1000, ChangeRequest.file(endpoint, NEW_ENDPOINT, "迁".repeat(1000), deptAdmin, NOW).getReason().length());
    }

    @Test
    void theCurrentValueIsNoChange() {
        var refused = assertThrows(BusinessException.class,
                () -> ChangeRequest.file(endpoint, ZJJ_ENDPOINT + " ", REASON, deptAdmin, NOW));
        assertEquals("change.sameValue", refused.violations().get(0).key());
    }

    // --- the two approvals

    @Test
    void oneApprovalChangesNothing() {
        ChangeRequest request = pending();

        List<ChangeEvent> events = request.approve(act(office, "同意"));

        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue());
        assertEquals(office.getDisplayName(), request.getServiceOffice().getByName());
        assertEquals("同意", request.getServiceOffice().getComment());
        assertNull(request.getItOffice());
        assertEquals(1, events.size());
        ChangeEvent approved = events.get(0);
        assertEquals(ChangeAction.APPROVED, approved.getAction());
        assertEquals(Office.SERVICE_OFFICE, approved.getOffice());
        assertEquals(ChangeRequestStatus.PENDING, approved.getFromStatus());
        assertEquals(ChangeRequestStatus.PENDING, approved.getToStatus());
        assertEquals("10.0.0.8", approved.getSourceAddress());
    }

    @Test
    void theSecondApprovalAppliesTheValue() {
        ChangeRequest request = pending();
        request.approve(act(office, null));

        List<ChangeEvent> events = request.approve(act(itOffice, "技术上可行"));

        assertEquals(ChangeRequestStatus.APPLIED, request.getStatus());
        assertEquals(NEW_ENDPOINT, endpoint.getValue());
        assertEquals(itOffice.getDisplayName(), endpoint.getUpdatedByName());
        assertEquals(NOW.plusHours(1), endpoint.getUpdatedAt());
        assertEquals(NOW.plusHours(1), request.getClosedAt());
        assertEquals(List.of(ChangeAction.APPROVED, ChangeAction.APPLIED), events.stream().map(ChangeEvent::getAction).toList());
        assertEquals(Office.IT_OFFICE, events.get(0).getOffice());
        assertEquals(ChangeRequestStatus.PENDING, events.get(1).getFromStatus());
        assertEquals(ChangeRequestStatus.APPLIED, events.get(1).getToStatus());
    }

    @Test
    void theOfficesApproveInEitherOrder() {
        ChangeRequest request = pending();
        request.approve(act(itOffice, null));
        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue());

        request.approve(act(office, null));

        assertEquals(ChangeRequestStatus.APPLIED, request.getStatus());
        assertEquals(NEW_ENDPOINT, endpoint.getValue());
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        ChangeRequest request = ChangeRequest.file(uploadLimit(), "50", REASON, office, NOW);

        var refused = assertRefused(BusinessException.Reason.FORBIDDEN, () -> request.approve(act(office, null)));
        assertEquals("change.selfApproval", refused.key());
        assertNull(request.getServiceOffice());
    }

    @Test
    void anOfficeApprovesOnce() {
        ChangeRequest request = pending();
        request.approve(act(office, null));

        var refused = assertRefused(BusinessException.Reason.CONFLICT,
                () -> request.approve(act(staff("office2", XZFWB, Role.SERVICE_OFFICE), null)));
        assertEquals("change.alreadyApproved", refused.key());
        assertEquals(office.getDisplayName(), request.getServiceOffice().getByName());
        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
    }

    @Test
    void oneMemberOfBothOfficesCannotGiveBothApprovals() {
        Account both = staff("both", XZFWB, Role.SERVICE_OFFICE, Role.IT_OFFICE);
        ChangeRequest request = pending();
        request.approve(act(both, null));
        assertNotNull(request.getServiceOffice());

        var refused = assertRefused(BusinessException.Reason.FORBIDDEN, () -> request.approve(act(both, null)));
        assertEquals("change.sameApprover", refused.key());
        assertNull(request.getItOffice());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue());
    }

    @Test
    void onlyTheOfficesApprove() {
        ChangeRequest request = pending();
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> request.approve(act(staff("approver", ZJJ, Role.APPROVER), null)));
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> request.approve(act(staff("admin2", ZJJ, Role.DEPT_ADMIN), null)));
        assertNull(request.getServiceOffice());
        assertNull(request.getItOffice());
    }

    @Test
    void aRequestBasedOnAnOlderValueCannotBeApproved() {
        ChangeRequest request = pending();
        request.approve(act(office, null));
        changedElsewhere(endpoint);

        var refused = assertRefused(BusinessException.Reason.CONFLICT, () -> request.approve(act(itOffice, null)));
        assertEquals("change.stale", refused.key());
        assertTrue(request.isStale());
        assertNull(request.getItOffice());
        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue());
    }

    @Test
    void anOverlongApprovalCommentIsRefused() {
        ChangeRequest request = pending();
        var refused = assertRefused(BusinessException.Reason.INVALID, () -> request.approve(act(office, "意".repeat(1001))));
        assertEquals("change.commentTooLong", refused.violations().get(0).key());
        assertNull(request.getServiceOffice());
    }

    // --- rejection and withdrawal

    @Test
    void eitherOfficeRejectsWithAReason() {
        ChangeRequest request = pending();
        request.approve(act(office, null));

        ChangeEvent rejected = request.reject(act(itOffice, "新地址未完成联调测试"));

        assertEquals(ChangeRequestStatus.REJECTED, request.getStatus());
        assertEquals(ChangeAction.REJECTED, rejected.getAction());
        assertEquals(Office.IT_OFFICE, rejected.getOffice());
        assertEquals("新地址未完成联调测试", rejected.getRemark());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue());
    }

    @Test
    void aRejectionNeedsAReason() {
        ChangeRequest request = pending();
        var refused = assertRefused(BusinessException.Reason.INVALID, () -> request.reject(act(office, "  ")));
        assertEquals("change.rejectionReason", refused.violations().get(0).key());
        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
    }

    @Test
    void onlyTheOfficesReject() {
        ChangeRequest request = pending();
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> request.reject(act(deptAdmin, "不想改了，驳回本申请")));
        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
    }

    @Test
    void theRequesterWithdrawsWhilePendingEvenAfterOneApproval() {
        ChangeRequest request = pending();
        request.approve(act(office, null));

        ChangeEvent withdrawn = request.withdraw(act(deptAdmin, "迁移推迟"));

        assertEquals(ChangeRequestStatus.WITHDRAWN, request.getStatus());
        assertEquals(ChangeAction.WITHDRAWN, withdrawn.getAction());
        assertEquals(ChangeRequestStatus.PENDING, withdrawn.getFromStatus());
        assertEquals("迁移推迟", withdrawn.getRemark());
        assertEquals(ZJJ_ENDPOINT, endpoint.getValue());
    }

    @Test
    void nobodyElseWithdraws() {
        ChangeRequest request = pending();
        var refused = assertRefused(BusinessException.Reason.FORBIDDEN,
                () -> request.withdraw(act(staff("admin2", ZJJ, Role.DEPT_ADMIN), null)));
        assertEquals("change.notRequester", refused.key());
        assertRefused(BusinessException.Reason.FORBIDDEN, () -> request.withdraw(act(office, null)));
        assertEquals(ChangeRequestStatus.PENDING, request.getStatus());
    }

    @Test
    void aClosedRequestTakesNoFurtherStep() {
        ChangeRequest applied = pending();
        applied.approve(act(office, null));
        applied.approve(act(itOffice, null));
        ChangeRequest rejected = ChangeRequest.file(endpoint, ZJJ_ENDPOINT, REASON, deptAdmin, NOW);
        rejected.reject(act(office, "理由不充分"));
        ChangeRequest withdrawn = ChangeRequest.file(endpoint, ZJJ_ENDPOINT, REASON, deptAdmin, NOW);
        withdrawn.withdraw(act(deptAdmin, null));

        for (ChangeRequest closed : List.of(applied, rejected, withdrawn)) {
            ChangeRequestStatus status = closed.getStatus();
            assertEquals("change.closed", assertRefused(BusinessException.Reason.CONFLICT,
                    () -> closed.approve(act(staff("office2", XZFWB, Role.SERVICE_OFFICE), null))).key());
            assertEquals("change.closed", assertRefused(BusinessException.Reason.CONFLICT,
                    () -> closed.reject(act(itOffice, "再次驳回"))).key());
            assertEquals("change.closed", assertRefused(BusinessException.Reason.CONFLICT,
                    () -> closed.withdraw(act(deptAdmin, null))).key());
            assertEquals(status, closed.getStatus());
            assertFalse(closed.isStale());
        }
        assertEquals(NEW_ENDPOINT, endpoint.getValue());
    }

    // --- who sees what

    @Test
    void theOfficesSeeEveryRequestADepartmentItsOwn() {
        ChangeRequest request = pending();
        assertTrue(request.isVisibleTo(office));
        assertTrue(request.isVisibleTo(itOffice));
        assertTrue(request.isVisibleTo(staff("admin2", ZJJ, Role.DEPT_ADMIN)));
        assertFalse(request.isVisibleTo(staff("swuj.admin", SWUJ, Role.DEPT_ADMIN)));
        assertFalse(ChangeRequest.file(uploadLimit(), "50", REASON, office, NOW).isVisibleTo(deptAdmin));
    }

    private static BusinessException assertRefused(BusinessException.Reason reason, Executable action) {
        BusinessException refused = assertThrows(BusinessException.class, action);
        assertEquals(reason, refused.reason(), refused.key());
        return refused;
    }
}
