package cn.tongban.it.complaints;

import cn.tongban.complaints.boundary.ComplaintDesk;
import cn.tongban.complaints.boundary.Complaints;
import cn.tongban.complaints.boundary.FiledComplaint;
import cn.tongban.complaints.entity.Complaint;
import cn.tongban.complaints.entity.ComplaintKind;
import cn.tongban.complaints.entity.ComplaintNote;
import cn.tongban.complaints.entity.ComplaintStatus;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.lookup.entity.TooManyLookups;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A complaint's whole path (投诉、检举, 第十二条) on PostgreSQL: filed by anyone, handled by the supervision department. */
@ExtendWith(ArquillianExtension.class)
class ComplaintsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ComplaintsIT.class.getPackage());
    }

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @EJB
    Complaints complaints;

    @EJB
    ComplaintDesk desk;

    @Inject
    RequestOrigin origin;

    @Test
    void filedAnonymouslyRegisteredInvestigatedAnsweredAndFollowedWithNumberAndCode() throws Exception {
        origin.address(anotherAddress());
        long before = count("SELECT COUNT(*) FROM complaint");
        FiledComplaint filed = complaints.file(ComplaintKind.COMPLAINT, "ZJJ", "窗口工作人员", null,
                "办理施工许可时，窗口人员要求提供办事指南以外的证明材料。", "王女士", "13800138000");
        String number = filed.complaint().getNumber();
        String code = filed.accessCode();
        assertTrue(number.startsWith("TS-"), number);
        assertEquals(before + 1, count("SELECT COUNT(*) FROM complaint"));
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE number = '" + number
                + "' AND complainant_id IS NULL AND register_due >= CAST(filed_at AS DATE) AND access_code_hash NOT LIKE '%"
                + code.replace("-", "") + "%'"), "the due date is stored at filing, the code only as a hash");

        assertTrue(As.user("supervisor", () -> desk.list(Set.of(ComplaintStatus.FILED))).stream()
                .anyMatch(c -> c.getNumber().equals(number)), "the supervisor's list of complaints to register");
        Complaint registered = As.user("supervisor", () -> desk.register(number));
        assertEquals(ComplaintStatus.REGISTERED, registered.getStatus());
        assertNotNull(registered.getAnswerDue());
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("supervisor", () -> desk.register(number))).reason(), "registered once");

        As.user("supervisor", () -> desk.note(number, "已调取窗口录像，约谈当班人员。"));
        List<ComplaintNote> notes = As.user("supervisor", () -> desk.notes(number));
        assertEquals(1, notes.size());
        assertEquals("郑监察", notes.get(0).getAuthorName());

        Complaint followed = complaints.follow(number, code);
        assertEquals(ComplaintStatus.REGISTERED, followed.getStatus());
        assertNull(followed.getAnswer());

        As.user("supervisor", () -> desk.answer(number, "经查属实，已责令住建局整改并向您致歉。"));
        Complaint answered = complaints.follow(number.toLowerCase(), code.toLowerCase());
        assertEquals(ComplaintStatus.ANSWERED, answered.getStatus());
        assertEquals("经查属实，已责令住建局整改并向您致歉。", answered.getAnswer());
        assertFalse(answered.isLate(java.time.LocalDate.now()), "handled at once");
    }

    @Test
    void aWrongCodeAnswersAsAnUnknownNumber() {
        origin.address(anotherAddress());
        FiledComplaint filed = complaints.file(ComplaintKind.REPORT, "SWUJ", null, null,
                "有工作人员私下收取费用，承诺加快审批。", null, null);
        BusinessException wrongCode = assertThrows(BusinessException.class,
                () -> complaints.follow(filed.complaint().getNumber(), "AAAA-AAAA"));
        BusinessException unknown = assertThrows(BusinessException.class,
                () -> complaints.follow("TS-20261125-00000000", filed.accessCode()));
        assertEquals(BusinessException.Reason.NOT_FOUND, wrongCode.reason());
        assertEquals(wrongCode.reason(), unknown.reason());
        assertEquals(wrongCode.key(), unknown.key());
        assertEquals(wrongCode.message(null), unknown.message(null));
    }

    @Test
    void repeatedWrongCodesOnOneNumberAreThrottledEvenFromManyAddresses() {
        origin.address(anotherAddress());
        FiledComplaint filed = complaints.file(ComplaintKind.COMPLAINT, "ZJJ", null, null,
                "咨询电话长期无人接听，多次前往窗口未果。", "赵先生", null);
        String number = filed.complaint().getNumber();
        for (int i = 0; i < 5; i++) {
            origin.address(anotherAddress());
            assertThrows(BusinessException.class, () -> complaints.follow(number, "AAAA-AAAA"));
        }
        origin.address(anotherAddress());
        assertThrows(TooManyLookups.class, () -> complaints.follow(number, filed.accessCode()),
                "第二十一条: the number is locked for a while, even with the right code");
    }

    @Test
    void badInputIsRefusedWholeAndStoresNothing() throws Exception {
        origin.address(anotherAddress());
        long before = count("SELECT COUNT(*) FROM complaint");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> complaints.file(null, "NOPE", "x".repeat(51), "ZJJ-123", "短", null, "not-a-contact"));
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(Set.of("kind", "department", "staffName", "receiptNumber", "content", "contact"),
                Set.copyOf(refused.violations().stream().map(v -> v.field()).toList()));
        assertEquals(before, count("SELECT COUNT(*) FROM complaint"));
    }

    @Test
    void onlyTheSupervisionDepartmentHandlesComplaints() throws Exception {
        origin.address(anotherAddress());
        String number = complaints.file(ComplaintKind.COMPLAINT, "ZJJ", null, null, "电话咨询长期无人接听，无法办理业务。",
                "李先生", null).complaint().getNumber();
        assertThrows(EJBAccessException.class, () -> As.user("office", () -> desk.register(number)));
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> desk.byNumber(number)));
        Complaint refused = As.user("supervisor", () -> desk.refuse(number, "属于业务咨询，已转住建局答复。"));
        assertEquals(ComplaintStatus.NOT_REGISTERED, refused.getStatus());
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("supervisor", () -> desk.note(number, "补充记录"))).reason(), "not under investigation");
    }

    private static String anotherAddress() {
        var random = ThreadLocalRandom.current();
        return "2001:db8:c::" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":" + Integer.toHexString(random.nextInt(1, 0xffff));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
