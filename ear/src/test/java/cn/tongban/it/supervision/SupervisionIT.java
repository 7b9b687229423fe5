package cn.tongban.it.supervision;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.applications.entity.TaskStatus;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.deadlines.control.AlertSweep;
import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineAlert;
import cn.tongban.deadlines.entity.DeadlineRules;
import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.supervision.boundary.AcceptanceWatch;
import cn.tongban.supervision.boundary.Supervision;
import cn.tongban.supervision.control.CaseDetection;
import cn.tongban.supervision.entity.CaseAction;
import cn.tongban.supervision.entity.CaseEvent;
import cn.tongban.supervision.entity.CaseKind;
import cn.tongban.supervision.entity.CaseStatus;
import cn.tongban.supervision.entity.SupervisionCase;
import cn.tongban.supervision.entity.SupervisionNotice;
import cn.tongban.supervision.entity.SupervisionNoticeKind;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Efficiency supervision (第二十七条) on PostgreSQL: detection once per violation, notices issued 会同, the reply. */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SupervisionIT.class.getPackage());
    }

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    CaseDetection detection;

    @EJB
    AcceptanceWatch watch;

    @EJB
    Supervision supervision;

    @EJB
    Deadlines deadlines;

    @Inject
    Event<DeadlineAlert> alerts;

    @Inject
    UserTransaction transaction;

    @Test
    void theRedAlarmOfAPrerequisiteBranchIsACaseOnceAndAYellowWarningIsNone() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        Task prerequisite = As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == TaskKind.BRANCH && t.isPrerequisite()).findFirst().orElseThrow();
        String cases = "SELECT COUNT(*) FROM supervision_case WHERE kind = 'LATE_PREREQUISITE' AND task_id = " + prerequisite.getId();

        fire(prerequisite, receipt, AlertLevel.YELLOW);
        assertEquals(0, count(cases), "a warning is no violation yet");
        fire(prerequisite, receipt, AlertLevel.RED);
        assertEquals(1, count(cases));
        fire(prerequisite, receipt, AlertLevel.RED);
        assertEquals(1, count(cases), "a second alarm, from another sweep or node, records nothing");
    }

    @Test
    void theDeadlineSweepMakesALatePrerequisiteBranchACase() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        Task prerequisite = As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == TaskKind.BRANCH && t.isPrerequisite()).findFirst().orElseThrow();
        String cases = "SELECT COUNT(*) FROM supervision_case WHERE kind = 'LATE_PREREQUISITE' AND task_id = " + prerequisite.getId();
        assertEquals(0, count(cases));

        // the clock moves on to the day after the branch's due day: the sweep raises its red alarm (第二十七条(四))
        OffsetDateTime overdue = DeadlineRules.startOf(prerequisite.getDueOn().plusDays(1)).plusHours(1);
        sweepAt(overdue);
        assertEquals(1, count(cases));
        sweepAt(overdue.plusDays(1));
        assertEquals(1, count(cases), "a later sweep records nothing more");
    }

    private void sweepAt(OffsetDateTime moment) {
        AlertSweep.Batch batch;
        do {
            batch = deadlines.sweep(moment, 500);
        } while (batch.taken() == 500);
    }

    /** Fires an alert as the deadline sweep does: synchronously, inside its transaction. */
    private void fire(Task task, String receipt, AlertLevel level) throws Exception {
        transaction.begin();
        try {
            alerts.fire(new DeadlineAlert(System.nanoTime(), task.getId(), task.getApplication().getId(), receipt,
                    task.getDepartment().getId(), task.getName(), task.isPrerequisite(), level, LocalDate.now().minusDays(1),
                    null));
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    void aLatePrerequisiteBranchIsACaseOfItsKindExactlyOnce() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        Task prerequisite = As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == TaskKind.BRANCH && t.isPrerequisite()).findFirst().orElseThrow();

        Optional<SupervisionCase> first = detection.lateTask(prerequisite.getId(), LocalDate.now());
        Optional<SupervisionCase> again = detection.lateTask(prerequisite.getId(), LocalDate.now());
        assertTrue(first.isPresent());
        assertTrue(again.isEmpty(), "a repeated alert records nothing");
        assertEquals(1, count("SELECT COUNT(*) FROM supervision_case WHERE task_id = " + prerequisite.getId()));
        SupervisionCase found = As.user("office", () -> supervision.byNumber(first.get().getNumber()));
        assertEquals(CaseKind.LATE_PREREQUISITE, found.getKind());
        assertEquals(prerequisite.getDepartment().getId(), found.getDepartment().getId());
        assertTrue(found.getFacts().contains(receipt), found.getFacts());
        assertTrue(found.getNumber().matches("JC-\\d{4}-\\d{6,}"), found.getNumber());
        assertEquals(List.of(CaseAction.DETECTED), As.user("supervisor", () -> supervision.history(found.getNumber()))
                .stream().map(CaseEvent::getAction).toList());

        Task review = As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == TaskKind.DECISION).findFirst().orElseThrow();
        assertEquals(CaseKind.LATE_HANDLING, detection.lateTask(review.getId(), LocalDate.now()).orElseThrow().getKind(),
                "any other task late is 第二十七条(一)");
    }

    @Test
    void anAttemptOnAnotherDepartmentsTaskIsRefusedAndRecordedOncePerDay() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        Task fire = As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getKind() == TaskKind.BRANCH && t.isPrerequisite()).findFirst().orElseThrow();
        String cases = "SELECT COUNT(*) FROM supervision_case WHERE kind = 'UNAUTHORISED_OPERATION' AND receipt_number = '"
                + receipt + "'";

        BusinessException refused = assertThrows(BusinessException.class,
                () -> As.user("swuj.reviewer", () -> workflow.examineBranch(fire.getId(), true, "越权同意")));
        assertEquals(BusinessException.Reason.FORBIDDEN, refused.reason());
        assertEquals(1, count(cases));
        assertEquals(TaskStatus.OPEN, As.user("approver", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getId().equals(fire.getId())).findFirst().orElseThrow().getStatus(), "the refused request changed nothing");

        assertThrows(BusinessException.class, () -> As.user("swuj.reviewer", () -> workflow.examineBranch(fire.getId(), false, "再试")));
        assertEquals(1, count(cases), "one case per account, application and day");
        assertEquals(1, count(cases + " AND department_id = (SELECT id FROM department WHERE code = 'SWUJ')"),
                "against the department whose staff acted");
        As.user("reviewer", () -> workflow.examineBranch(fire.getId(), true, "消防设计审查合格"));
        assertEquals(1, count(cases), "the department's own work is no case");
    }

    @Test
    void anApplicationLeftWaitingPastTheAcceptanceLimitIsACaseOnce() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit())
                .getReceiptNumber().value());
        String cases = "SELECT COUNT(*) FROM supervision_case c JOIN application a ON a.id = c.application_id "
                + "WHERE c.kind = 'NOT_NOTIFIED' AND a.receipt_number = '" + receipt + "'";
        As.user("supervisor", () -> watch.check(OffsetDateTime.now().plusDays(2)));
        assertEquals(0, count(cases), "within five working days");
        As.user("supervisor", () -> watch.check(OffsetDateTime.now().plusDays(30)));
        assertEquals(1, count(cases));
        As.user("supervisor", () -> watch.check(OffsetDateTime.now().plusDays(31)));
        assertEquals(1, count(cases), "a second run records nothing new");
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> watch.check(OffsetDateTime.now())));
        assertEquals(ApplicationStatus.SUBMITTED, As.user("zhangsan", () -> applications.byReceiptNumber(receipt)).getStatus());
    }

    @Test
    void aNoticeDraftedByOneOfficeIsIssuedWhenTheOtherCosignsAndTheDepartmentReplies() throws Exception {
        SupervisionCase opened = As.user("office", () -> supervision.open(CaseKind.PROCEDURE_ALTERED, "ZJJ", null,
                "住建局擅自在施工许可流程中增加现场踏勘环节。"));
        String number = opened.getNumber();
        assertFalse(As.user("deptadmin", () -> supervision.departmentCases()).stream().anyMatch(c -> c.getNumber().equals(number)),
                "the department sees a case once a notice is issued");

        SupervisionNotice draft = As.user("office", () -> supervision.draftNotice(number, SupervisionNoticeKind.RECTIFICATION,
                "立即恢复经备案的办理流程，并说明原因。", LocalDate.now().plusDays(10)));
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> As.user("office", () -> supervision.cosign(number))).reason(), "会同: not the drafting office");
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> supervision.noticePdf(draft.getNumber()))).reason(), "a draft is not issued");
        As.user("supervisor", () -> supervision.cosign(number));

        NoticeFile pdf = As.user("deptadmin", () -> supervision.noticePdf(draft.getNumber()));
        String text = new PdfTextExtractor(new PdfReader(pdf.content())).getTextFromPage(1);
        assertTrue(text.contains(draft.getNumber()), text);
        assertTrue(text.contains("整改通知"), text);
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> As.user("swuj.admin", () -> supervision.noticePdf(draft.getNumber()))).reason(), "another department's");
        assertTrue(As.user("deptadmin", () -> supervision.awaitingReply()) >= 1);

        As.user("approver", () -> supervision.reply(number, "已取消现场踏勘环节，恢复备案流程，并对经办人批评教育。"));
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("deptadmin", () -> supervision.reply(number, "再次回复整改情况"))).reason());
        As.user("supervisor", () -> supervision.close(number, "整改到位，结案。"));

        List<CaseAction> seenByOffice = As.user("office", () -> supervision.history(number)).stream().map(CaseEvent::getAction).toList();
        List<CaseAction> seenByDepartment = As.user("deptadmin", () -> supervision.history(number)).stream().map(CaseEvent::getAction).toList();
        assertEquals(List.of(CaseAction.OPENED, CaseAction.NOTICE_DRAFTED, CaseAction.NOTICE_ISSUED, CaseAction.REPLIED,
                CaseAction.CLOSED), seenByOffice);
        assertEquals(seenByOffice, seenByDepartment, "both sides see the history");
        assertEquals(CaseStatus.CLOSED, As.user("deptadmin", () -> supervision.byNumber(number)).getStatus());
        assertEquals(1, As.user("deptadmin", () -> supervision.notices(number)).size());
    }

    @Test
    void badInputOpensNoCase() throws Exception {
        long before = count("SELECT COUNT(*) FROM supervision_case");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> As.user("supervisor", () -> supervision.open(null, "NOPE", "ZJJ-NOPE", "短")));
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(4, refused.violations().size());
        assertEquals(before, count("SELECT COUNT(*) FROM supervision_case"));
        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> supervision.open(CaseKind.OTHER, "ZJJ", null,
                "部门自行立案")));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
