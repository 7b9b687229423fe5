package cn.tongban.supervision.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a supervision case (第二十七条) without a database: numbers, 会同, reply and closing. */
class SupervisionCaseTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private Account office;
    private Account supervisor;
    private Account deptAdmin;
    private Account otherAdmin;
    private SupervisionCase supervisionCase;

    @BeforeEach
    void aCase() throws ReflectiveOperationException {
        Department zjj = withId(new Department("ZJJ", "东莞市住房和城乡建设局", null, DepartmentLevel.CITY, null), 1L);
        Department swuj = withId(new Department("SWUJ", "水务局", null, DepartmentLevel.CITY, null), 2L);
        Department xzfwb = withId(new Department("XZFWB", "服务办", null, DepartmentLevel.CITY, null), 3L);
        Department jcj = withId(new Department("JCJ", "监察局", null, DepartmentLevel.CITY, null), 4L);
        office = withId(Account.ofDepartment("office", "x", "黄服务办", xzfwb, Set.of(Role.SERVICE_OFFICE), T0), 10L);
        supervisor = withId(Account.ofDepartment("supervisor", "x", "郑监察", jcj, Set.of(Role.SUPERVISOR), T0), 11L);
        deptAdmin = withId(Account.ofDepartment("deptadmin", "x", "陈业务", zjj, Set.of(Role.DEPT_ADMIN), T0), 12L);
        otherAdmin = withId(Account.ofDepartment("swuj.admin", "x", "何业务", swuj, Set.of(Role.DEPT_ADMIN), T0), 13L);
        supervisionCase = withId(SupervisionCase.open(CaseKind.PROCEDURE_ALTERED, zjj, null, "擅自增加审查环节", T0), 50L);
        supervisionCase.number();
    }

    @Test
    void numberedByYearAndId() {
        assertEquals("JC-2026-000050", supervisionCase.getNumber());
        supervisionCase.number();
        assertEquals("JC-2026-000050", supervisionCase.getNumber(), "numbered once");
    }

    @Test
    void oneOfficeDraftsTheOtherCosignsTheDepartmentRepliesAnOfficeCloses() {
        SupervisionNotice draft = supervisionCase.draftNotice(office, Role.SERVICE_OFFICE, SupervisionNoticeKind.RECTIFICATION,
                "立即恢复既定流程", LocalDate.of(2026, 12, 10), 1, "ABCD2345", T0);
        assertEquals("JC-2026-000050-Z1", draft.getNumber());
        assertEquals(CaseStatus.NOTICE_DRAFTED, supervisionCase.getStatus());
        assertFalse(supervisionCase.isVisibleTo(deptAdmin), "a draft is the offices' business");

        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> supervisionCase.cosign(draft, office, Role.SERVICE_OFFICE, T0, null)).reason(), "会同: the other office");
        CaseEvent issued = supervisionCase.cosign(draft, supervisor, Role.SUPERVISOR, T0.plusHours(1), "10.0.0.1");
        assertEquals(CaseAction.NOTICE_ISSUED, issued.getAction());
        assertTrue(draft.isIssued());
        assertEquals("郑监察", draft.getCosignedByName());
        assertTrue(supervisionCase.isVisibleTo(deptAdmin));
        assertFalse(supervisionCase.isVisibleTo(otherAdmin));

        assertThrows(BusinessException.class, () -> supervisionCase.close(office, Role.SERVICE_OFFICE, "结案", T0, null),
                "not before the department replied");
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> supervisionCase.reply(otherAdmin, "与我无关", T0, null)).reason());
        supervisionCase.reply(deptAdmin, "已恢复原流程并通报批评", T0.plusDays(2), null);
        assertEquals(CaseStatus.REPLIED, supervisionCase.getStatus());
        supervisionCase.close(supervisor, Role.SUPERVISOR, "整改到位，结案", T0.plusDays(3), null);
        assertEquals(CaseStatus.CLOSED, supervisionCase.getStatus());
        assertEquals("整改到位，结案", supervisionCase.getConclusion());
    }

    @Test
    void aReturnedDraftGoesBackToWhereTheCaseWas() {
        SupervisionNotice draft = supervisionCase.draftNotice(supervisor, Role.SUPERVISOR, SupervisionNoticeKind.WARNING,
                "予以警示", null, 1, "ABCD2345", T0);
        assertEquals("JC-2026-000050-J1", draft.getNumber());
        supervisionCase.returnDraft(draft, office, Role.SERVICE_OFFICE, "事实不清", T0, null);
        assertEquals(CaseStatus.OPEN, supervisionCase.getStatus());
        assertFalse(draft.isDraft());
        assertThrows(BusinessException.class, () -> supervisionCase.cosign(draft, office, Role.SERVICE_OFFICE, T0, null));
    }

    @Test
    void aRectificationNoticeNeedsADateAfterToday() {
        assertEquals(BusinessException.Reason.INVALID, assertThrows(BusinessException.class,
                () -> supervisionCase.draftNotice(office, Role.SERVICE_OFFICE, SupervisionNoticeKind.RECTIFICATION, "整改",
                        null, 1, "ABCD2345", T0)).reason());
        assertThrows(BusinessException.class, () -> supervisionCase.draftNotice(office, Role.SERVICE_OFFICE,
                SupervisionNoticeKind.RECTIFICATION, "整改", T0.toLocalDate(), 1, "ABCD2345", T0));
        assertEquals(CaseStatus.OPEN, supervisionCase.getStatus());
    }

    @Test
    void onlyTheOfficesHandleCases() {
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> supervisionCase.close(deptAdmin, Role.DEPT_ADMIN, "自行结案", T0, null)).reason());
    }

    @Test
    void detectedKindsAreTheOnesTheSystemSees() {
        assertEquals(7, CaseKind.values().length, "the seven items of 第二十七条");
        assertEquals(Set.of(CaseKind.LATE_HANDLING, CaseKind.UNAUTHORISED_OPERATION, CaseKind.LATE_PREREQUISITE,
                CaseKind.NOT_NOTIFIED), Set.copyOf(Arrays.stream(CaseKind.values()).filter(CaseKind::isDetected).toList()));
        assertEquals(4, CaseKind.LATE_PREREQUISITE.item());
        assertThrows(IllegalArgumentException.class, () -> SupervisionCase.detect(CaseKind.OTHER, supervisionCase.getDepartment(),
                SupervisionCase.Subject.receipt("X"), "OTHER:x", "事实", T0));
    }

    @Test
    void statusesFollowTheDiagram() {
        assertTrue(CaseStatus.OPEN.mayMoveTo(CaseStatus.CLOSED), "closed without a notice when none is called for");
        assertFalse(CaseStatus.NOTICE_ISSUED.mayMoveTo(CaseStatus.CLOSED), "the department replies first");
        assertTrue(CaseStatus.REPLIED.mayMoveTo(CaseStatus.NOTICE_DRAFTED), "a further notice");
        assertTrue(CaseStatus.CLOSED.next().isEmpty());
    }

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
