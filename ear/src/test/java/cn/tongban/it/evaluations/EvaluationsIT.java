package cn.tongban.it.evaluations;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.evaluations.boundary.Evaluations;
import cn.tongban.evaluations.entity.Evaluation;
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

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 好差评 through the service layer: rated once after completion; poor ratings answered by the department. */
@ExtendWith(ArquillianExtension.class)
class EvaluationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EvaluationsIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    Evaluations evaluations;

    @Test
    void ratedOnceAfterCompletionOnlyByTheApplicant() throws Exception {
        String receipt = submit();
        assertEquals("evaluation.notCompleted", refusal(() -> As.user("zhangsan", () -> evaluations.rate(receipt, 5, "很快"))).key());
        decide(receipt);
        assertEquals("evaluation.notCompleted", refusal(() -> As.user("zhangsan", () -> evaluations.rate(receipt, 5, null))).key(),
                "decided is not yet completed");
        As.user("clerk", () -> workflow.complete(receipt, "证照已送达"));

        assertEquals(BusinessException.Reason.NOT_FOUND, refusal(() -> As.user("qiye", () -> evaluations.rate(receipt, 1, "不是我的"))).reason(),
                "a stranger is told there is no such application");
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> evaluations.rate(receipt, 5, null)));
        for (Integer stars : new Integer[]{null, 0, 6}) {
            BusinessException invalid = refusal(() -> As.user("zhangsan", () -> evaluations.rate(receipt, stars, null)));
            assertEquals(BusinessException.Reason.INVALID, invalid.reason());
            assertEquals("stars", invalid.violations().get(0).field());
        }
        BusinessException tooLong = refusal(() -> As.user("zhangsan", () -> evaluations.rate(receipt, 4, "长".repeat(501))));
        assertEquals("comment", tooLong.violations().get(0).field());
        assertTrue(mine(receipt).isEmpty(), "refused ratings store nothing");

        Evaluation rated = As.user("zhangsan", () -> evaluations.rate(receipt, 5, "  办事高效，服务热情  "));
        assertEquals(5, rated.getStars());
        assertFalse(rated.isPoor());
        assertEquals("办事高效，服务热情", rated.getComment());
        assertEquals("evaluation.alreadyRated", refusal(() -> As.user("zhangsan", () -> evaluations.rate(receipt, 1, "改主意了"))).key());
        assertEquals(5, mine(receipt).orElseThrow().getStars(), "the first rating stands");
        assertFalse(As.user("deptadmin", () -> evaluations.poorOfMyDepartment()).stream()
                .anyMatch(e -> e.getId().equals(rated.getId())), "a good rating needs no answer");
        assertEquals("evaluation.notPoor", refusal(() -> As.user("deptadmin", () -> evaluations.respond(rated.getId(), "谢谢"))).key());
    }

    @Test
    void aPoorRatingReachesTheDepartmentWhoseAnswerTheApplicantReads() throws Exception {
        String receipt = submit();
        decide(receipt);
        As.user("clerk", () -> workflow.complete(receipt, null));
        Evaluation poor = As.user("zhangsan", () -> evaluations.rate(receipt, 2, "等待时间太长"));
        assertTrue(poor.isPoor());

        assertTrue(As.user("deptadmin", () -> evaluations.poorOfMyDepartment()).stream().anyMatch(e -> e.getId().equals(poor.getId())));
        assertTrue(As.user("approver", () -> evaluations.poorOfMyDepartment()).stream().anyMatch(e -> e.getId().equals(poor.getId())));
        assertFalse(As.user("swuj.admin", () -> evaluations.poorOfMyDepartment()).stream().anyMatch(e -> e.getId().equals(poor.getId())),
                "another department does not see it");
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> evaluations.poorOfMyDepartment()));

        assertEquals(BusinessException.Reason.NOT_FOUND,
                refusal(() -> As.user("swuj.admin", () -> evaluations.respond(poor.getId(), "越权回复"))).reason());
        assertEquals("response", refusal(() -> As.user("deptadmin", () -> evaluations.respond(poor.getId(), " "))).violations().get(0).field());
        assertNull(mine(receipt).orElseThrow().getResponse(), "refused answers store nothing");

        As.user("deptadmin", () -> evaluations.respond(poor.getId(), "已约谈承办人员，今后将提前告知办理进度。"));
        Evaluation seen = mine(receipt).orElseThrow();
        assertEquals("已约谈承办人员，今后将提前告知办理进度。", seen.getResponse());
        assertEquals("ZJJ", seen.getDepartment().getCode());
        assertEquals("evaluation.alreadyAnswered",
                refusal(() -> As.user("approver", () -> evaluations.respond(poor.getId(), "再回复一次"))).key());
    }

    private String submit() throws Exception {
        return As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()).getReceiptNumber().value());
    }

    private void decide(String receipt) throws Exception {
        As.user("clerk", () -> workflow.accept(receipt, null));
        Task review = As.user("reviewer", () -> workflow.departmentTasks()).stream()
                .filter(t -> t.getApplication().getReceiptNumber().value().equals(receipt) && t.getKind() == TaskKind.REVIEW)
                .findFirst().orElseThrow();
        As.user("reviewer", () -> workflow.review(review.getId(), "同意"));
        As.user("approver", () -> workflow.decide(receipt, true, "准予许可", "《建筑法》第八条"));
    }

    private Optional<Evaluation> mine(String receipt) throws Exception {
        return As.user("zhangsan", () -> evaluations.mine()).stream()
                .filter(e -> e.getApplication().getReceiptNumber().value().equals(receipt)).findFirst();
    }

    private interface Action {
        void run() throws Exception;
    }

    private static BusinessException refusal(Action action) {
        return assertThrows(BusinessException.class, action::run);
    }
}
