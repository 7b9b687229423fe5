package cn.tongban.it.approvals;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.SpecialProcedure;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.applications.entity.Step;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.applications.entity.TaskStatus;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole lifecycle of 第四、六条 through the service layer on PostgreSQL, serial and parallel. */
@ExtendWith(ArquillianExtension.class)
class ApprovalWorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ApprovalWorkflowIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @Test
    void theSerialPathFromSubmissionToCompletion() throws Exception {
        String receipt = submitConstructionPermit();
        As.user("clerk", () -> workflow.accept(receipt, "材料齐全"));
        assertEquals(ApplicationStatus.ACCEPTED, status(receipt));

        Task review = task(receipt, "reviewer", TaskKind.REVIEW);
        As.user("reviewer", () -> workflow.claim(review.getId()));
        assertTrue(As.user("reviewer", () -> workflow.myTasks()).stream().anyMatch(t -> t.getId().equals(review.getId())));
        As.user("reviewer", () -> workflow.review(review.getId(), "符合条件，建议准予"));
        assertEquals(ApplicationStatus.UNDER_REVIEW, status(receipt));
        assertThrows(BusinessException.class, () -> As.user("clerk", () -> workflow.complete(receipt, null)), "not decided yet");

        assertNotNull(task(receipt, "approver", TaskKind.DECISION));
        As.user("approver", () -> workflow.decide(receipt, true, "准予许可", "《建筑法》第八条"));
        assertEquals(ApplicationStatus.APPROVED, status(receipt));
        As.user("clerk", () -> workflow.complete(receipt, "证照已送达"));
        assertEquals(ApplicationStatus.COMPLETED, status(receipt));

        List<Step> steps = As.user("zhangsan", () -> applications.timeline(receipt)).stream().map(StatusChange::getStep).toList();
        assertEquals(List.of(Step.SUBMITTED, Step.ACCEPTED, Step.REVIEW_STARTED, Step.REVIEWED, Step.APPROVED, Step.COMPLETED), steps);
        StatusChange reviewed = As.user("zhangsan", () -> applications.timeline(receipt)).get(3);
        assertEquals(null, reviewed.getPublicOpinion(), "a review's reasoning stays inside the departments");
        StatusChange decision = As.user("zhangsan", () -> applications.timeline(receipt)).get(4);
        assertEquals("准予许可", decision.getPublicOpinion());
        assertEquals("《建筑法》第八条", decision.getLegalBasis());
    }

    @Test
    void theParallelPathWaitsForThePrerequisiteBranchAndDecidesLast() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));

        List<Task> tasks = As.user("approver", () -> workflow.tasks(receipt));
        List<Task> branches = tasks.stream().filter(t -> t.getKind() == TaskKind.BRANCH).toList();
        assertEquals(3, branches.size());
        Task fire = branches.get(0);
        Task airDefence = branches.get(1);
        Task drainage = branches.get(2);
        assertTrue(fire.isPrerequisite());
        assertEquals(TaskStatus.OPEN, fire.getStatus());
        assertEquals(TaskStatus.WAITING, airDefence.getStatus());
        assertEquals(TaskStatus.WAITING, drainage.getStatus());
        assertFalse(As.user("swuj.reviewer", () -> workflow.departmentTasks()).stream()
                .anyMatch(t -> t.getId().equals(drainage.getId())), "the other branches wait for the 前置 branch");

        As.user("reviewer", () -> workflow.examineBranch(fire.getId(), true, "消防设计审查合格"));
        assertTrue(As.user("swuj.reviewer", () -> workflow.departmentTasks()).stream()
                .anyMatch(t -> t.getId().equals(drainage.getId())), "the branches open once the 前置 branch agreed");
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> As.user("swuj.reviewer", () -> workflow.examineBranch(airDefence.getId(), true, "越权"))).reason());
        assertThrows(BusinessException.class, () -> As.user("approver",
                () -> workflow.decide(receipt, true, "太早", "依据")), "no decision before every branch is in");

        As.user("swuj.reviewer", () -> workflow.examineBranch(drainage.getId(), true, "同意临时排水"));
        As.user("reviewer2", () -> workflow.examineBranch(airDefence.getId(), false, "人防面积不足"));
        Task review = task(receipt, "reviewer", TaskKind.REVIEW);
        As.user("reviewer", () -> workflow.review(review.getId(), "综合审查意见"));

        List<Task> seenByLead = As.user("approver", () -> workflow.tasks(receipt));
        assertTrue(seenByLead.stream().filter(t -> t.getKind() == TaskKind.BRANCH)
                .allMatch(t -> t.getStatus() == TaskStatus.DONE && t.getOpinion() != null), "the lead sees every opinion");
        assertEquals(Boolean.FALSE, seenByLead.stream().filter(t -> t.getId().equals(airDefence.getId())).findFirst()
                .orElseThrow().getAgreed());
        As.user("approver", () -> workflow.decide(receipt, false, "人防审批未通过", "《人民防空法》第二十二条"));
        assertEquals(ApplicationStatus.REJECTED, status(receipt));

        var timeline = As.user("zhangsan", () -> applications.timeline(receipt));
        assertEquals(3, timeline.stream().filter(c -> c.getStep() == Step.BRANCH_AGREED || c.getStep() == Step.BRANCH_DISAGREED)
                .count(), "the timeline shows each department's branch");
        assertTrue(timeline.stream().anyMatch(c -> "SWUJ".equals(c.getDepartment() == null ? null : c.getDepartment().getCode())));
        assertEquals(receipt, As.user("swuj.reviewer", () -> applications.byReceiptNumber(receipt)).getReceiptNumber().value(),
                "a branch department reads the application it examines");
    }

    @Test
    void twoRoundsOfCorrection() throws Exception {
        String receipt = submitConstructionPermit();
        As.user("clerk", () -> workflow.requestCorrection(receipt, "请补充施工合同"));
        assertEquals(ApplicationStatus.CORRECTION_REQUESTED, status(receipt));
        assertThrows(BusinessException.class, () -> As.user("clerk", () -> workflow.accept(receipt, null)));
        As.user("zhangsan", () -> applications.resubmit(receipt, SampleForms.constructionPermit()));
        assertEquals(ApplicationStatus.SUBMITTED, status(receipt));
        As.user("clerk", () -> workflow.accept(receipt, null));

        Task review = task(receipt, "reviewer", TaskKind.REVIEW);
        As.user("reviewer", () -> workflow.claim(review.getId()));
        As.user("reviewer", () -> workflow.requestCorrection(receipt, "建筑面积与图纸不符"));
        assertEquals(ApplicationStatus.CORRECTION_REQUESTED, status(receipt));
        assertEquals(TaskStatus.SUSPENDED, As.user("reviewer", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getId().equals(review.getId())).findFirst().orElseThrow().getStatus());
        var corrected = jakarta.json.Json.createObjectBuilder(SampleForms.constructionPermit()).add("floorArea", "12400").build();
        As.user("zhangsan", () -> applications.resubmit(receipt, corrected));

        Application after = As.user("zhangsan", () -> applications.byReceiptNumber(receipt));
        assertEquals(ApplicationStatus.UNDER_REVIEW, after.getStatus());
        assertEquals(2, after.getCorrectionRounds());
        assertEquals("12400.00", after.getForm().get("floorArea").toString());
        assertEquals(TaskStatus.CLAIMED, As.user("reviewer", () -> workflow.tasks(receipt)).stream()
                .filter(t -> t.getId().equals(review.getId())).findFirst().orElseThrow().getStatus(), "the task resumes as it was");
    }

    @Test
    void withdrawalBeforeTheDecisionOnly() throws Exception {
        String receipt = submitConstructionPermit();
        As.user("clerk", () -> workflow.accept(receipt, null));
        assertThrows(BusinessException.class, () -> As.user("qiye", () -> applications.withdraw(receipt, "不是我的")));
        As.user("zhangsan", () -> applications.withdraw(receipt, "项目暂缓"));
        assertEquals(ApplicationStatus.WITHDRAWN, status(receipt));
        assertTrue(As.user("approver", () -> workflow.tasks(receipt)).stream().allMatch(t -> t.getStatus().isFinished()));

        String decided = submitConstructionPermit();
        As.user("clerk", () -> workflow.accept(decided, null));
        As.user("reviewer", () -> workflow.review(task(decided, "reviewer", TaskKind.REVIEW).getId(), "同意"));
        As.user("approver", () -> workflow.decide(decided, true, "准予", "依据"));
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> As.user("zhangsan", () -> applications.withdraw(decided, "晚了"))).reason());
    }

    @Test
    void notAcceptedNeedsReasonAndBasis() throws Exception {
        String receipt = submitConstructionPermit();
        var missing = assertThrows(BusinessException.class, () -> As.user("clerk", () -> workflow.refuse(receipt, "不符合条件", " ")));
        assertEquals("legalBasis", missing.violations().get(0).field());
        assertEquals(ApplicationStatus.SUBMITTED, status(receipt));
        As.user("clerk", () -> workflow.refuse(receipt, "不属于本部门职权范围", "《行政许可法》第三十二条第一款第（二）项"));
        assertEquals(ApplicationStatus.NOT_ACCEPTED, status(receipt));
    }

    @Test
    void twoReviewersClaimingAtOnceExactlyOneSucceeds() throws Exception {
        String receipt = submitConstructionPermit();
        As.user("clerk", () -> workflow.accept(receipt, null));
        long taskId = task(receipt, "reviewer", TaskKind.REVIEW).getId();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String reviewer : List.of("reviewer", "reviewer2")) {
                Callable<String> claim = () -> {
                    start.await();
                    try {
                        As.user(reviewer, () -> workflow.claim(taskId));
                        return "claimed";
                    } catch (BusinessException e) {
                        return e.reason().name() + ":" + e.key();
                    }
                };
                results.add(pool.submit(claim));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertEquals(1, outcomes.stream().filter("claimed"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("CONFLICT:task.alreadyHandled"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaskIsHandedOverWithinItsDepartmentAndPost() throws Exception {
        String receipt = submitConstructionPermit();
        As.user("clerk", () -> workflow.accept(receipt, null));
        long taskId = task(receipt, "reviewer", TaskKind.REVIEW).getId();
        As.user("reviewer", () -> workflow.claim(taskId));

        assertThrows(BusinessException.class, () -> As.user("reviewer", () -> workflow.handOver(taskId, "clerk")));
        assertThrows(BusinessException.class, () -> As.user("reviewer", () -> workflow.handOver(taskId, "swuj.reviewer")));
        assertThrows(BusinessException.class, () -> As.user("reviewer2", () -> workflow.release(taskId)));
        As.user("reviewer", () -> workflow.handOver(taskId, "reviewer2"));
        assertTrue(As.user("reviewer2", () -> workflow.myTasks()).stream().anyMatch(t -> t.getId() == taskId));
        As.user("reviewer2", () -> workflow.release(taskId));
        assertTrue(As.user("reviewer", () -> workflow.departmentTasks()).stream()
                .anyMatch(t -> t.getId() == taskId && t.getStatus() == TaskStatus.OPEN));
    }

    @Test
    void aSpecialProcedureIsRecordedWhileTheReviewGoesOn() throws Exception {
        String receipt = submitConstructionPermit();
        assertThrows(BusinessException.class, () -> As.user("reviewer",
                () -> workflow.startSpecialProcedure(receipt, SpecialProcedure.HEARING, "听证")));
        As.user("clerk", () -> workflow.accept(receipt, null));
        assertThrows(EJBAccessException.class, () -> As.user("clerk",
                () -> workflow.startSpecialProcedure(receipt, SpecialProcedure.HEARING, "听证")));
        As.user("reviewer", () -> workflow.startSpecialProcedure(receipt, SpecialProcedure.EXPERT_REVIEW, "组织专家评审"));
        assertEquals(SpecialProcedure.EXPERT_REVIEW, As.user("zhangsan", () -> applications.byReceiptNumber(receipt)).getSpecialProcedure());
        assertThrows(BusinessException.class, () -> As.user("reviewer",
                () -> workflow.startSpecialProcedure(receipt, SpecialProcedure.HEARING, "再来一个")));
        As.user("reviewer", () -> workflow.endSpecialProcedure(receipt, "专家评审通过"));
        var steps = As.user("zhangsan", () -> applications.timeline(receipt)).stream().map(StatusChange::getStep).toList();
        assertTrue(steps.containsAll(List.of(Step.SPECIAL_PROCEDURE_STARTED, Step.SPECIAL_PROCEDURE_ENDED)), steps.toString());
    }

    private String submitConstructionPermit() throws Exception {
        return As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()).getReceiptNumber().value());
    }

    private ApplicationStatus status(String receipt) throws Exception {
        return As.user("zhangsan", () -> applications.byReceiptNumber(receipt)).getStatus();
    }

    /** The application's task of the kind, as the given member of staff finds it in the work list. */
    private Task task(String receipt, String staff, TaskKind kind) throws Exception {
        return As.user(staff, () -> workflow.departmentTasks()).stream()
                .filter(t -> t.getApplication().getReceiptNumber().value().equals(receipt) && t.getKind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " of " + receipt + " not in " + staff + "'s work list"));
    }
}
