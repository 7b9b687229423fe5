package cn.tongban.it.changes;

import cn.tongban.changes.boundary.ChangeRequests;
import cn.tongban.changes.entity.ChangeAction;
import cn.tongban.changes.entity.ChangeEvent;
import cn.tongban.changes.entity.ChangeRequest;
import cn.tongban.changes.entity.ChangeRequestStatus;
import cn.tongban.changes.entity.Office;
import cn.tongban.changes.entity.Setting;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
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
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Configuration changes on WildFly and PostgreSQL (第十六条): requested by the owner of the setting, applied only
 * when both the service office and the IT office have approved, in one transaction with the second approval.
 * Each test files its own requests with a value of its own and compares before and after.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeRequestsIT {

    private static final String ZJJ_ENDPOINT = "department.ZJJ.interface-endpoint";
    private static final String SWUJ_ENDPOINT = "department.SWUJ.interface-endpoint";
    private static final String UPLOAD_LIMIT = "system.upload.max-mb";
    private static final String REASON = "住建局业务系统迁移至市政务云，接口地址随之变更。";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ChangeRequestsIT.class.getPackage());
    }

    @EJB
    ChangeRequests changes;

    @Inject
    TestAccounts testAccounts;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Test
    void theValueChangesOnlyWithTheSecondOfTheTwoApprovals() throws Exception {
        Setting before = setting(ZJJ_ENDPOINT);
        String proposed = newEndpoint("zjj");

        ChangeRequest filed = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, proposed, REASON));
        assertEquals(ChangeRequestStatus.PENDING, filed.getStatus());
        assertEquals(before.getValue(), filed.getPreviousValue());
        assertEquals(before.getVersion(), filed.getBasedOnVersion());
        long id = filed.getId();

        ChangeRequest once = As.user("office", () -> changes.approve(id, "同意变更"));
        assertEquals(ChangeRequestStatus.PENDING, once.getStatus());
        assertEquals("黄服务办", once.getServiceOffice().getByName());
        Setting unchanged = setting(ZJJ_ENDPOINT);
        assertEquals(before.getValue(), unchanged.getValue(), "one approval changes nothing (第十六条)");
        assertEquals(before.getVersion(), unchanged.getVersion());

        ChangeRequest twice = As.user("itoffice", () -> changes.approve(id, "技术方案可行"));
        assertEquals(ChangeRequestStatus.APPLIED, twice.getStatus());
        assertNotNull(twice.getClosedAt());
        Setting after = setting(ZJJ_ENDPOINT);
        assertEquals(proposed, after.getValue());
        assertEquals(before.getVersion() + 1, after.getVersion());
        assertEquals("吴信息办", after.getUpdatedByName());
        assertEquals(twice.getClosedAt().toInstant(), after.getUpdatedAt().toInstant());

        List<ChangeEvent> history = As.user("deptadmin", () -> changes.history(id));
        assertEquals(List.of(ChangeAction.FILED, ChangeAction.APPROVED, ChangeAction.APPROVED, ChangeAction.APPLIED),
                history.stream().map(ChangeEvent::getAction).toList());
        assertEquals(List.of("陈业务", "黄服务办", "吴信息办", "吴信息办"),
                history.stream().map(ChangeEvent::getActorName).toList());
        assertEquals(Office.SERVICE_OFFICE, history.get(1).getOffice());
        assertEquals(Office.IT_OFFICE, history.get(2).getOffice());
        assertEquals(REASON, history.get(0).getRemark());
        assertEquals("同意变更", history.get(1).getRemark());
        assertEquals(ChangeRequestStatus.APPLIED, history.get(3).getToStatus());
        history.forEach(e -> {
            assertNotNull(e.getOccurredAt());
            assertNotNull(e.getSourceAddress());
        });
    }

    @Test
    void eitherOfficeRejectsWithAReasonAndTheValueStays() throws Exception {
        Setting before = setting(ZJJ_ENDPOINT);
        long id = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)).getId();
        As.user("office", () -> changes.approve(id, null));

        ChangeRequest rejected = As.user("itoffice", () -> changes.reject(id, "新地址尚未完成联调测试，暂不批准"));

        assertEquals(ChangeRequestStatus.REJECTED, rejected.getStatus());
        assertEquals(before.getValue(), setting(ZJJ_ENDPOINT).getValue());
        assertEquals(before.getVersion(), setting(ZJJ_ENDPOINT).getVersion());
        ChangeEvent last = last(As.user("deptadmin", () -> changes.history(id)));
        assertEquals(ChangeAction.REJECTED, last.getAction());
        assertEquals("新地址尚未完成联调测试，暂不批准", last.getRemark());
        assertEquals(Office.IT_OFFICE, last.getOffice());
        assertRefused(BusinessException.Reason.CONFLICT, "change.closed", () -> As.user("itoffice", () -> changes.approve(id, null)));
    }

    @Test
    void aRejectionWithoutReasonIsRefused() throws Exception {
        long id = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)).getId();
        long events = count("change_event");

        assertRefused(BusinessException.Reason.INVALID, "request.invalidFields", () -> As.user("office", () -> changes.reject(id, " ")));

        assertEquals(ChangeRequestStatus.PENDING, As.user("office", () -> changes.request(id)).getStatus());
        assertEquals(events, count("change_event"));
    }

    @Test
    void theRequesterWithdrawsAndNobodyApprovesTheirOwnRequest() throws Exception {
        Setting before = setting(UPLOAD_LIMIT);
        String proposed = before.getValue().equals("50") ? "60" : "50";
        long id = As.user("itoffice", () -> changes.file(UPLOAD_LIMIT, proposed, "材料扫描件普遍较大，上调单个文件上限。")).getId();

        assertRefused(BusinessException.Reason.FORBIDDEN, "change.selfApproval", () -> As.user("itoffice", () -> changes.approve(id, null)));
        As.user("office", () -> changes.approve(id, null));
        assertEquals(before.getValue(), setting(UPLOAD_LIMIT).getValue());
        assertRefused(BusinessException.Reason.FORBIDDEN, "change.notRequester", () -> As.user("office", () -> changes.withdraw(id, null)));

        ChangeRequest withdrawn = As.user("itoffice", () -> changes.withdraw(id, "改为下季度统一调整"));

        assertEquals(ChangeRequestStatus.WITHDRAWN, withdrawn.getStatus());
        assertEquals(before.getValue(), setting(UPLOAD_LIMIT).getValue());
        assertEquals(ChangeAction.WITHDRAWN, last(As.user("itoffice", () -> changes.history(id))).getAction());
    }

    @Test
    void theWrongRolesAreRefused() throws Exception {
        long requests = count("change_request");
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)));
        assertThrows(EJBAccessException.class, () -> As.user("swuj.clerk", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)));
        assertThrows(EJBAccessException.class, () -> As.user("zhangsan", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)));
        assertRefused(BusinessException.Reason.FORBIDDEN, "change.notYourSetting",
                () -> As.user("deptadmin", () -> changes.file(UPLOAD_LIMIT, "30", REASON)));
        assertRefused(BusinessException.Reason.FORBIDDEN, "change.notYourSetting",
                () -> As.user("office", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)));
        assertEquals(requests, count("change_request"));

        long id = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)).getId();
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> changes.approve(id, null)));
        assertThrows(EJBAccessException.class, () -> As.user("approver", () -> changes.approve(id, null)));
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> changes.reject(id, "业务负责人不能驳回")));
        ChangeRequest still = As.user("office", () -> changes.request(id));
        assertNull(still.getServiceOffice());
        assertNull(still.getItOffice());
    }

    @Test
    void anotherDepartmentsBusinessOwnerCannotRequestOrSeeTheSetting() throws Exception {
        testAccounts.ensureSwujAdmin();
        String swujAdmin = TestAccounts.SWUJ_ADMIN;
        long requests = count("change_request");

        assertRefused(BusinessException.Reason.FORBIDDEN, "change.notYourSetting",
                () -> As.user(swujAdmin, () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)));
        assertEquals(requests, count("change_request"));

        long zjjRequest = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)).getId();
        assertRefused(BusinessException.Reason.NOT_FOUND, "change.unknown", () -> As.user(swujAdmin, () -> changes.history(zjjRequest)));
        assertRefused(BusinessException.Reason.NOT_FOUND, "change.unknown",
                () -> As.user(swujAdmin, () -> changes.withdraw(zjjRequest, null)));
        assertTrue(As.user(swujAdmin, () -> changes.visible()).stream().noneMatch(r -> r.getId() == zjjRequest));
        assertEquals(List.of(SWUJ_ENDPOINT), As.user(swujAdmin, () -> changes.requestableSettings()).stream()
                .map(Setting::getName).toList());

        long swujRequest = As.user(swujAdmin, () -> changes.file(SWUJ_ENDPOINT, newEndpoint("swuj"), "水务局业务系统更换服务器，接口地址变更。")).getId();
        assertEquals("SWUJ", As.user("office", () -> changes.request(swujRequest)).getDepartmentCode());
        assertTrue(As.user("deptadmin", () -> changes.visible()).stream().noneMatch(r -> r.getId() == swujRequest));
    }

    @Test
    void aRequestBasedOnAnOlderValueIsRefusedOnceAnotherChangedTheSetting() throws Exception {
        String first = newEndpoint("zjj-first");
        long a = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, first, REASON)).getId();
        long b = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj-second"), REASON)).getId();
        As.user("office", () -> changes.approve(b, null));
        As.user("office", () -> changes.approve(a, null));
        As.user("itoffice", () -> changes.approve(a, null));
        long events = count("change_event");

        var refused = assertRefused(BusinessException.Reason.CONFLICT, "change.stale", () -> As.user("itoffice", () -> changes.approve(b, null)));

        assertTrue(refused.getMessage().contains(first), refused.getMessage());
        assertEquals(first, setting(ZJJ_ENDPOINT).getValue());
        ChangeRequest stale = As.user("itoffice", () -> changes.request(b));
        assertEquals(ChangeRequestStatus.PENDING, stale.getStatus());
        assertNull(stale.getItOffice());
        assertTrue(stale.isStale());
        assertEquals(events, count("change_event"));
        // the stale request can still be closed
        assertEquals(ChangeRequestStatus.REJECTED, As.user("itoffice", () -> changes.reject(b, "配置已被其他申请修改，请按现值重新申请")).getStatus());
    }

    @Test
    void twoApprovalsArrivingTogetherApplyTheValueExactlyOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            Setting before = setting(ZJJ_ENDPOINT);
            String proposed = newEndpoint("zjj-race");
            long id = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, proposed, REASON)).getId();

            List<String> outcomes = race(approval("office", id), approval("itoffice", id));

            assertEquals(List.of("approved", "approved"), outcomes, "both approvals are taken, one after the other");
            ChangeRequest request = As.user("office", () -> changes.request(id));
            assertEquals(ChangeRequestStatus.APPLIED, request.getStatus());
            assertNotNull(request.getServiceOffice());
            assertNotNull(request.getItOffice());
            List<ChangeEvent> history = As.user("office", () -> changes.history(id));
            assertEquals(1, history.stream().filter(e -> e.getAction() == ChangeAction.APPLIED).count(), history.toString());
            assertEquals(2, history.stream().filter(e -> e.getAction() == ChangeAction.APPROVED).count());
            Setting after = setting(ZJJ_ENDPOINT);
            assertEquals(proposed, after.getValue());
            assertEquals(before.getVersion() + 1, after.getVersion(), "applied exactly once");
        }
    }

    @Test
    void twoRequestsForOneSettingCompletedTogetherChangeItOnce() throws Exception {
        Setting before = setting(ZJJ_ENDPOINT);
        String first = newEndpoint("zjj-one");
        String second = newEndpoint("zjj-two");
        long a = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, first, REASON)).getId();
        long b = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, second, REASON)).getId();
        As.user("office", () -> changes.approve(a, null));
        As.user("office", () -> changes.approve(b, null));

        // each is locked on its own row, so only the setting's version can tell that the other got there first
        List<String> outcomes = race(approval("itoffice", a), approval("itoffice", b));

        assertEquals(1, outcomes.stream().filter("approved"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().filter(o -> !o.equals("approved"))
                .allMatch(o -> o.equals("change.concurrentChange") || o.equals("change.stale")), outcomes.toString());
        ChangeRequest requestA = As.user("office", () -> changes.request(a));
        ChangeRequest requestB = As.user("office", () -> changes.request(b));
        ChangeRequest applied = requestA.getStatus() == ChangeRequestStatus.APPLIED ? requestA : requestB;
        ChangeRequest refused = applied == requestA ? requestB : requestA;
        assertEquals(ChangeRequestStatus.PENDING, refused.getStatus());
        assertNull(refused.getItOffice());
        Setting after = setting(ZJJ_ENDPOINT);
        assertEquals(applied.getProposedValue(), after.getValue());
        assertEquals(before.getVersion() + 1, after.getVersion());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        Setting before = setting(ZJJ_ENDPOINT);
        long requests = count("change_request");
        long events = count("change_event");

        var blankReason = assertRefused(BusinessException.Reason.INVALID, "request.invalidFields",
                () -> As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), "   ")));
        assertEquals(List.of("reason"), blankReason.violations().stream().map(Violation::field).toList());
        var shortReason = assertRefused(BusinessException.Reason.INVALID, "request.invalidFields",
                () -> As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), "迁移")));
        assertEquals(List.of("change.reasonLength"), shortReason.violations().stream().map(Violation::key).toList());
        var badUrl = assertRefused(BusinessException.Reason.INVALID, "request.invalidFields",
                () -> As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, "http://zjj.example.gov.cn/tongban", REASON)));
        assertEquals(List.of("setting.invalidUrl"), badUrl.violations().stream().map(Violation::key).toList());
        var sameValue = assertRefused(BusinessException.Reason.INVALID, "request.invalidFields",
                () -> As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, before.getValue(), REASON)));
        assertEquals(List.of("change.sameValue"), sameValue.violations().stream().map(Violation::key).toList());
        var outOfRange = assertRefused(BusinessException.Reason.INVALID, "request.invalidFields",
                () -> As.user("office", () -> changes.file(UPLOAD_LIMIT, "5000", REASON)));
        assertEquals(List.of("setting.outOfRange"), outOfRange.violations().stream().map(Violation::key).toList());
        assertRefused(BusinessException.Reason.NOT_FOUND, "change.unknownSetting",
                () -> As.user("deptadmin", () -> changes.file("department.ZJJ.no-such-setting", newEndpoint("zjj"), REASON)));
        assertRefused(BusinessException.Reason.NOT_FOUND, "change.unknownSetting",
                () -> As.user("deptadmin", () -> changes.file(null, newEndpoint("zjj"), REASON)));
        assertRefused(BusinessException.Reason.NOT_FOUND, "change.unknown", () -> As.user("office", () -> changes.approve(-1, null)));

        assertEquals(requests, count("change_request"));
        assertEquals(events, count("change_event"));
        Setting after = setting(ZJJ_ENDPOINT);
        assertEquals(before.getValue(), after.getValue());
        assertEquals(before.getVersion(), after.getVersion());
    }

    @Test
    void eachOfficeSeesWhatAwaitsItsApproval() throws Exception {
        long id = As.user("deptadmin", () -> changes.file(ZJJ_ENDPOINT, newEndpoint("zjj"), REASON)).getId();
        assertTrue(awaiting("office").contains(id));
        assertTrue(awaiting("itoffice").contains(id));

        As.user("office", () -> changes.approve(id, null));

        assertFalse(awaiting("office").contains(id));
        assertTrue(awaiting("itoffice").contains(id));
        assertTrue(As.user("deptadmin", () -> changes.visible()).stream().anyMatch(r -> r.getId() == id));
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> changes.awaitingMyApproval()));

        // an office never sees its own requests among those awaiting its approval
        String hotline = setting("system.service-hotline").getValue().equals("0769-22110000") ? "0769-22110001" : "0769-22110000";
        long own = As.user("office", () -> changes.file("system.service-hotline", hotline, "服务热线号码调整，门户同步更新。")).getId();
        assertFalse(awaiting("office").contains(own));
        assertTrue(awaiting("itoffice").contains(own));
    }

    private List<Long> awaiting(String office) throws Exception {
        return As.user(office, () -> changes.awaitingMyApproval()).stream().map(ChangeRequest::getId).toList();
    }

    private Callable<String> approval(String office, long id) {
        return () -> {
            try {
                As.user(office, () -> changes.approve(id, null));
                return "approved";
            } catch (BusinessException e) {
                return e.key();
            }
        };
    }

    /** Runs the actions at the same moment on two threads and returns their outcomes in order. */
    private static List<String> race(Callable<String> first, Callable<String> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> action : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Setting setting(String name) throws Exception {
        return As.user("office", () -> changes.setting(name));
    }

    private static String newEndpoint(String host) {
        return "https://" + host + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.gov.cn/tongban";
    }

    private static ChangeEvent last(List<ChangeEvent> history) {
        return history.get(history.size() - 1);
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    private static BusinessException assertRefused(BusinessException.Reason reason, String key, Executable action) {
        BusinessException refused = assertThrows(BusinessException.class, action);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertEquals(key, refused.key(), refused.getMessage());
        return refused;
    }
}
