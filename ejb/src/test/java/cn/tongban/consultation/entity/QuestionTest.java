package cn.tongban.consultation.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.AccountKind;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.catalogue.entity.OnlineLevel;
import cn.tongban.catalogue.entity.ProcessType;
import cn.tongban.moderation.entity.Screening;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules a question keeps by itself, without a database: who may do what, and in which status. */
class QuestionTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final String NUMBER = "ZX-20261125-7K3QM2XA";

    private Department zjj;
    private Account clerk;
    private Account deptAdmin;
    private Account otherClerk;
    private Account office;
    private Question question;

    @BeforeEach
    void aVisitorsQuestion() throws ReflectiveOperationException {
        zjj = withId(new Department("ZJJ", "住建局", null, DepartmentLevel.CITY, null), 1L);
        Department swuj = withId(new Department("SWUJ", "水务局", null, DepartmentLevel.CITY, null), 2L);
        Department xzfwb = withId(new Department("XZFWB", "服务办", null, DepartmentLevel.CITY, null), 3L);
        clerk = withId(Account.ofDepartment("clerk", "x", "李受理", zjj, Set.of(Role.CLERK), T0), 10L);
        deptAdmin = withId(Account.ofDepartment("deptadmin", "x", "陈业务", zjj, Set.of(Role.DEPT_ADMIN), T0), 11L);
        otherClerk = withId(Account.ofDepartment("swuj.clerk", "x", "刘受理", swuj, Set.of(Role.CLERK), T0), 12L);
        office = withId(Account.ofDepartment("office", "x", "黄服务办", xzfwb, Set.of(Role.SERVICE_OFFICE), T0), 13L);
        var process = new MatterContent.Process(ProcessType.SERIAL,
                List.of(new MatterContent.Stage("受理", "CLERK", "ZJJ", 1)), List.of());
        Matter matter = new Matter("ZJJ-001", zjj, new MatterContent("建筑工程施工许可证核发", null,
                MatterKind.ADMINISTRATIVE_LICENSE, List.of(), List.of(), List.of(), null, 20, 7, process, null,
                OnlineLevel.FULL_ONLINE, null, null));
        List<cn.tongban.platform.entity.Violation> violations = new ArrayList<>();
        Asker visitor = Asker.visitor("李四", "13912345678", violations);
        question = Question.ask(NUMBER, matter, visitor, AccessCode.hash(NUMBER, "4F7K-Q2XM"), "施工许可需要多久？", T0);
    }

    @Test
    void aNewQuestionIsOpenAndBelongsToTheMattersDepartment() {
        assertEquals(QuestionStatus.OPEN, question.getStatus());
        assertEquals(zjj, question.getDepartment());
        QuestionEvent asked = question.asked("203.0.113.7");
        assertNull(asked.getFromStatus());
        assertEquals(QuestionStatus.OPEN, asked.getToStatus());
        assertEquals("李四", asked.getActorName());
        assertNull(asked.getActorId());
        assertEquals("203.0.113.7", asked.getSourceAddress());
    }

    @Test
    void aVisitorsQuestionNeedsAnAccessCodeAndAnApplicantsHasNone() throws ReflectiveOperationException {
        Account zhangsan = withId(Account.applicant("zhangsan", "x", "张三", AccountKind.PERSON, T0), 20L);
        assertThrows(IllegalArgumentException.class, () -> Question.ask(NUMBER, question.getMatter(),
                Asker.visitor("李四", null, new ArrayList<>()), null, "施工许可需要多久？", T0));
        assertThrows(IllegalArgumentException.class, () -> Question.ask(NUMBER, question.getMatter(),
                Asker.applicant(zhangsan), "sha256:x", "施工许可需要多久？", T0));
        Question own = Question.ask(NUMBER, question.getMatter(), Asker.applicant(zhangsan), null, "施工许可需要多久？", T0);
        assertTrue(own.isAskedBy(zhangsan));
        assertEquals(false, own.opensWith("4F7K-Q2XM"));
    }

    @Test
    void theAccessCodeOpensTheVisitorsQuestion() {
        assertTrue(question.opensWith("4f7k q2xm"));
        assertEquals(false, question.opensWith("4F7K-Q2XN"));
    }

    @Test
    void theOwningDepartmentAnswersOnce() {
        QuestionEvent answered = question.answer(clerk, "一般 3 个工作日。\n材料不全需补正。", T0.plusHours(2), "10.0.0.1");
        assertEquals(QuestionStatus.ANSWERED, question.getStatus());
        assertEquals(List.of("一般 3 个工作日。", "材料不全需补正。"), question.getAnswerLines());
        assertEquals("李受理", question.getAnsweredByName());
        assertEquals(T0.plusHours(2), question.getAnsweredAt());
        assertEquals(10L, answered.getActorId());
        var again = assertThrows(BusinessException.class, () -> question.answer(clerk, "再答一次", T0, "10.0.0.1"));
        assertEquals(BusinessException.Reason.CONFLICT, again.reason());
    }

    @Test
    void anotherDepartmentMayNotAnswer() {
        var refused = assertThrows(BusinessException.class, () -> question.answer(otherClerk, "可以办。", T0, null));
        assertEquals(BusinessException.Reason.FORBIDDEN, refused.reason());
        assertEquals(QuestionStatus.OPEN, question.getStatus());
        assertNull(question.getAnswer());
    }

    @Test
    void aCleanPairIsPublishedAndCanBeWithdrawnAndPublishedAgain() {
        question.answer(clerk, "一般 3 个工作日。", T0, null);
        question.publish(deptAdmin, Screening.clean(), T0.plusDays(1), null);
        assertEquals(QuestionStatus.PUBLISHED, question.getStatus());
        assertEquals(T0.plusDays(1), question.getPublishedAt());

        question.withdraw(deptAdmin, T0.plusDays(2), null);
        assertEquals(QuestionStatus.WITHDRAWN, question.getStatus());
        assertNull(question.getPublishedAt());

        question.publish(deptAdmin, Screening.clean(), T0.plusDays(3), null);
        assertTrue(question.isPublished());
    }

    @Test
    void aPairWithAProhibitedTermIsHeldWithTheTermsNoted() {
        question.answer(clerk, "一般 3 个工作日。", T0, null);
        QuestionEvent held = question.publish(deptAdmin, new Screening(List.of("代办包过", "加微信")), T0, null);
        assertEquals(QuestionStatus.HELD, question.getStatus());
        assertEquals("代办包过、加微信", question.getHeldTerms());
        assertEquals("代办包过、加微信", held.getNote());
        assertNull(question.getPublishedAt());
    }

    @Test
    void theOfficeApprovesOrRejectsOnlyAHeldPair() {
        question.answer(clerk, "一般 3 个工作日。", T0, null);
        assertEquals(BusinessException.Reason.CONFLICT,
                assertThrows(BusinessException.class, () -> question.approve(office, T0, null)).reason());
        question.publish(deptAdmin, new Screening(List.of("加微信")), T0, null);

        question.approve(office, T0.plusHours(1), null);
        assertEquals(QuestionStatus.PUBLISHED, question.getStatus());
        assertNotNull(question.getPublishedAt());
        assertThrows(BusinessException.class, () -> question.reject(office, "不宜公开", T0, null));
    }

    @Test
    void aRejectedPairStaysOutForGood() {
        question.answer(clerk, "一般 3 个工作日。", T0, null);
        question.publish(deptAdmin, new Screening(List.of("加微信")), T0, null);
        QuestionEvent rejected = question.reject(office, "含联系方式引流，不宜公开", T0, null);
        assertEquals(QuestionStatus.REJECTED, question.getStatus());
        assertEquals("含联系方式引流，不宜公开", question.getRejectionReason());
        assertEquals("含联系方式引流，不宜公开", rejected.getNote());
        var again = assertThrows(BusinessException.class,
                () -> question.publish(deptAdmin, Screening.clean(), T0, null));
        assertEquals(BusinessException.Reason.CONFLICT, again.reason());
        assertThrows(BusinessException.class, () -> question.withdraw(deptAdmin, T0, null));
    }

    @Test
    void nothingIsPublishedBeforeItIsAnswered() {
        var refused = assertThrows(BusinessException.class, () -> question.publish(deptAdmin, Screening.clean(), T0, null));
        assertEquals(BusinessException.Reason.CONFLICT, refused.reason());
        assertEquals(QuestionStatus.OPEN, question.getStatus());
        assertThrows(BusinessException.class, () -> question.withdraw(deptAdmin, T0, null));
    }

    @Test
    void anotherDepartmentMayNotPublishOrWithdraw() throws ReflectiveOperationException {
        question.answer(clerk, "一般 3 个工作日。", T0, null);
        Department swuj = otherClerk.getDepartment();
        Account otherAdmin = withId(Account.ofDepartment("swuj.admin", "x", "水务业务", swuj, Set.of(Role.DEPT_ADMIN), T0), 14L);
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> question.publish(otherAdmin, Screening.clean(), T0, null)).reason());
        question.publish(deptAdmin, Screening.clean(), T0, null);
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> question.withdraw(otherAdmin, T0, null)).reason());
        assertTrue(question.isPublished());
    }

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
