package cn.tongban.benchmarks;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Drives parallel applications (ZJJ-003: a 前置 branch, two more branches in two departments, a review stage and
 * the decision) from submission to decision through the service layer, one EJB call per step, and prints the
 * time per step and in all. Run by {@code benchmarks/parallel-approval/run.sh}; not part of the test command
 * (its name does not end in IT), and it asserts only that every application was decided.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelApprovalBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("tongban.bench.applications", 1000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ParallelApprovalBenchmark.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    /** Signed in once each: bcrypt on every call would measure the password hash, not the workflow. */
    private final Map<String, SecurityIdentity> identities = new HashMap<>();

    @Test
    void driveParallelApplicationsToADecision() throws Exception {
        warmUp();
        Map<String, Long> nanos = new LinkedHashMap<>();
        List<String> receipts = new ArrayList<>();
        long all = System.nanoTime();
        time(nanos, "submit", () -> {
            for (int i = 0; i < APPLICATIONS; i++) {
                receipts.add(as("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction()))
                        .getReceiptNumber().value());
            }
        });
        time(nanos, "accept (opens the tasks)", () -> {
            for (String r : receipts) {
                as("clerk", () -> workflow.accept(r, "并联受理"));
            }
        });
        Map<String, List<Task>> tasks = new HashMap<>();
        for (String r : receipts) {
            tasks.put(r, as("approver", () -> workflow.tasks(r)));
        }
        time(nanos, "前置 branch agrees (opens the others)", () -> {
            for (String r : receipts) {
                as("reviewer", () -> workflow.examineBranch(branch(tasks.get(r), 0), true, "消防设计审查合格"));
            }
        });
        time(nanos, "second branch (same department)", () -> {
            for (String r : receipts) {
                as("reviewer2", () -> workflow.examineBranch(branch(tasks.get(r), 1), true, "人防同意"));
            }
        });
        time(nanos, "third branch (another department)", () -> {
            for (String r : receipts) {
                as("swuj.reviewer", () -> workflow.examineBranch(branch(tasks.get(r), 2), true, "排水同意"));
            }
        });
        time(nanos, "review stage (opens the decision)", () -> {
            for (String r : receipts) {
                long review = tasks.get(r).stream().filter(t -> t.getKind() == TaskKind.REVIEW).findFirst().orElseThrow().getId();
                as("reviewer", () -> workflow.review(review, "综合审查同意"));
            }
        });
        time(nanos, "decide", () -> {
            for (String r : receipts) {
                as("approver", () -> workflow.decide(r, true, "准予许可", "《建筑法》第八条"));
            }
        });
        long total = System.nanoTime() - all;

        long decided = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM application WHERE status = 'APPROVED' AND receipt_number IN ("
                + String.join(",", receipts.stream().map(r -> "'" + r + "'").toList()) + ")").getSingleResult()).longValue();
        assertEquals(APPLICATIONS, decided);
        System.out.printf("%nParallel approval of %d applications (ZJJ-003), one service call per step, one thread:%n", APPLICATIONS);
        nanos.forEach((step, n) -> System.out.printf("  %-42s %8.0f ms  %7.2f ms/call  %7.0f calls/s%n", step, n / 1e6,
                n / 1e6 / APPLICATIONS, APPLICATIONS / (n / 1e9)));
        System.out.printf("  %-42s %8.0f ms  (%d service calls, %.0f applications decided per second)%n", "submission to decision",
                total / 1e6, APPLICATIONS * 7, APPLICATIONS / (total / 1e9));
        assertEquals(ApplicationStatus.APPROVED, as("zhangsan", () -> applications.byReceiptNumber(receipts.get(0))).getStatus());
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < 20; i++) {
            String r = as("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())).getReceiptNumber().value();
            as("clerk", () -> workflow.accept(r, null));
            as("zhangsan", () -> applications.withdraw(r, "预热"));
        }
    }

    private static long branch(List<Task> tasks, int index) {
        return tasks.stream().filter(t -> t.getKind() == TaskKind.BRANCH).toList().get(index).getId();
    }

    private <T> T as(String user, Callable<T> action) throws Exception {
        SecurityIdentity identity = identities.computeIfAbsent(user, u -> {
            try {
                return SecurityDomain.getCurrent().authenticate(u, new PasswordGuessEvidence(As.DEMO_PASSWORD.toCharArray()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return identity.runAs(action);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void time(Map<String, Long> nanos, String step, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        nanos.put(step, System.nanoTime() - start);
    }
}
