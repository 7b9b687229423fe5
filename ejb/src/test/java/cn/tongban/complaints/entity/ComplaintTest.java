package cn.tongban.complaints.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.consultation.entity.AccessCode;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The path of a complaint (第十二条), its time limits and its number, without a database. */
class ComplaintTest {

    private static final OffsetDateTime FILED = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate REGISTER_DUE = LocalDate.of(2026, 11, 30);

    private Account supervisor;
    private Complaint complaint;
    private String code;

    @BeforeEach
    void filed() throws ReflectiveOperationException {
        Department zjj = withId(new Department("ZJJ", "住建局", null, DepartmentLevel.CITY, null), 1L);
        Department jcj = withId(new Department("JCJ", "监察局", null, DepartmentLevel.CITY, null), 2L);
        supervisor = withId(Account.ofDepartment("supervisor", "x", "郑监察", jcj, Set.of(Role.SUPERVISOR), FILED), 10L);
        String number = ComplaintNumber.issue(FILED.toLocalDate(), new Random(7));
        code = AccessCode.issue(new Random(8));
        complaint = Complaint.file(number, zjj,
                new Complaint.Statement(ComplaintKind.COMPLAINT, "李受理", "ZJJ-20261125-0001", "窗口人员要求提供指南以外的材料"),
                new Complaint.Complainant(null, "王女士", "13800138000"), AccessCode.hash(number, code), FILED, REGISTER_DUE);
    }

    @Test
    void theWholePath() {
        assertEquals(ComplaintStatus.FILED, complaint.getStatus());
        assertThrows(BusinessException.class, () -> complaint.note(supervisor, "先调查", FILED), "not registered yet");
        complaint.register(supervisor, FILED.plusDays(1), LocalDate.of(2026, 12, 16));
        assertEquals(ComplaintStatus.REGISTERED, complaint.getStatus());
        assertEquals("郑监察", complaint.getRegisteredByName());
        assertEquals("调取窗口录像", complaint.note(supervisor, "调取窗口录像", FILED.plusDays(2)).getText());
        complaint.answer(supervisor, "经查属实，已责令整改", FILED.plusDays(3));
        assertEquals(ComplaintStatus.ANSWERED, complaint.getStatus());
        assertEquals(List.of("经查属实，已责令整改"), complaint.getAnswerLines());
        BusinessException again = assertThrows(BusinessException.class,
                () -> complaint.answer(supervisor, "再次答复", FILED.plusDays(4)));
        assertEquals(BusinessException.Reason.CONFLICT, again.reason());
        assertFalse(complaint.isLate(LocalDate.of(2027, 1, 1)), "registered and answered in time");
    }

    @Test
    void refusingToRegisterAnswersWithTheReason() {
        complaint.refuseRegistration(supervisor, "不属于网上审批服务事项", FILED.plusDays(1));
        assertEquals(ComplaintStatus.NOT_REGISTERED, complaint.getStatus());
        assertEquals("不属于网上审批服务事项", complaint.getAnswer());
        assertTrue(complaint.getStatus().isFinal());
        assertThrows(BusinessException.class, () -> complaint.register(supervisor, FILED.plusDays(2), REGISTER_DUE));
    }

    @Test
    void lateRegistrationShowsWhileWaitingAndAfterwards() {
        assertFalse(complaint.isRegistrationOverdue(REGISTER_DUE), "the last day is still in time");
        assertTrue(complaint.isRegistrationOverdue(REGISTER_DUE.plusDays(1)));
        complaint.register(supervisor, FILED.plusDays(8), LocalDate.of(2026, 12, 24));
        assertFalse(complaint.isRegistrationOverdue(REGISTER_DUE.plusDays(9)), "no longer waiting");
        assertTrue(complaint.isRegisteredLate());
        assertTrue(complaint.isAnswerOverdue(LocalDate.of(2026, 12, 25)));
        assertTrue(complaint.isLate(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void onlyTheRightCodeOpensIt() {
        assertTrue(complaint.opensWith(code));
        assertTrue(complaint.opensWith(code.toLowerCase().replace("-", " ")));
        assertFalse(complaint.opensWith("AAAA-AAAA"));
        assertFalse(complaint.opensWith(null));
        assertFalse(complaint.opensWith("短"));
    }

    @Test
    void statusesMoveOnlyForward() {
        assertEquals(Set.of(ComplaintStatus.REGISTERED, ComplaintStatus.NOT_REGISTERED), ComplaintStatus.FILED.next());
        assertTrue(ComplaintStatus.REGISTERED.mayMoveTo(ComplaintStatus.ANSWERED));
        assertFalse(ComplaintStatus.FILED.mayMoveTo(ComplaintStatus.ANSWERED), "registered before answered");
        assertTrue(ComplaintStatus.ANSWERED.isFinal());
    }

    @Test
    void numbersAreReadAsTyped() {
        String number = ComplaintNumber.issue(LocalDate.of(2026, 11, 25), new Random(1));
        assertTrue(number.matches("TS-20261125-[0-9A-HJKMNP-TV-Z]{8}"), number);
        assertEquals(number, ComplaintNumber.parse(" " + number.toLowerCase().replace("-", "") + " ").orElseThrow());
        assertEquals("TS-20261125-0110ABCD", ComplaintNumber.parse("ts-20261125-oiloabcd").orElseThrow());
        assertTrue(ComplaintNumber.parse("TS-20261125-UUUUUUUU").isEmpty());
        assertTrue(ComplaintNumber.parse("ZX-20261125-7K3QM2XA").isEmpty());
        assertTrue(ComplaintNumber.parse(null).isEmpty());
    }

    @Test
    void theFormReportsEveryMistake() {
        List<Violation> violations = new ArrayList<>();
        assertNull(ComplaintForm.kind(null, violations));
        assertNull(ComplaintForm.receiptNumber("not a receipt", violations));
        assertNull(ComplaintForm.contact("someone@", violations));
        assertNull(Complaint.CONTENT.apply("太短", violations));
        assertEquals(List.of("kind", "receiptNumber", "contact", "content"), violations.stream().map(Violation::field).toList());
        violations.clear();
        assertNull(ComplaintForm.receiptNumber("  ", violations), "a receipt number is optional");
        assertEquals("13800138000", ComplaintForm.contact("+86 138-0013-8000", violations));
        assertNull(ComplaintForm.contact(null, violations), "so is a contact");
        assertTrue(violations.isEmpty());
    }

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
