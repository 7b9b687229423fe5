package cn.tongban.benchmarks;

import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.boundary.Submissions;
import cn.tongban.applications.entity.IdempotencyKey;
import cn.tongban.applications.entity.SubmissionReceipt;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Online application through the service layer (网上申报, 第四条): idempotent submissions (key claimed, form
 * checked, receipt and query code issued, first answer sealed), repeats of them (answered from the sealed first
 * answer), and material uploads of 1 MB (sniffed, hashed, scanned, stored in the database). One thread. Run by
 * {@code benchmarks/submission/run.sh}; not part of the test command.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("tongban.bench.applications", 500);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SubmissionBenchmark.class.getPackage());
    }

    @EJB
    Submissions submissions;

    @EJB
    Materials materials;

    @Test
    void submitRepeatAndUpload() throws Exception {
        // signed in once: bcrypt on every call would measure the password hash
        SecurityIdentity zhangsan = SecurityDomain.getCurrent()
                .authenticate("zhangsan", new PasswordGuessEvidence(As.DEMO_PASSWORD.toCharArray()));
        byte[] pdf = new byte[1024 * 1024];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        var form = SampleForms.constructionPermit();
        for (int i = 0; i < 20; i++) {
            as(zhangsan, () -> submissions.submit("ZJJ-001", null, form, IdempotencyKey.of(UUID.randomUUID().toString())));
        }

        List<IdempotencyKey> keys = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < APPLICATIONS; i++) {
            var key = IdempotencyKey.of(UUID.randomUUID().toString());
            keys.add(key);
            receipts.add(as(zhangsan, () -> submissions.submit("ZJJ-001", null, form, key)).receiptNumber());
        }
        long submit = System.nanoTime() - start;

        start = System.nanoTime();
        for (int i = 0; i < APPLICATIONS; i++) {
            var key = keys.get(i);
            SubmissionReceipt again = as(zhangsan, () -> submissions.submit("ZJJ-001", null, form, key));
            assertEquals(receipts.get(i), again.receiptNumber());
        }
        long repeat = System.nanoTime() - start;

        start = System.nanoTime();
        for (String receipt : receipts) {
            as(zhangsan, () -> materials.attach(receipt, "施工合同", "contract.pdf", pdf));
        }
        long upload = System.nanoTime() - start;

        System.out.printf("%nOnline application, %d applications of ZJJ-001, one thread:%n", APPLICATIONS);
        print("submit with a new Idempotency-Key", submit);
        print("repeat with the same key and body", repeat);
        print("upload a 1 MB PDF material", upload);
    }

    private static <T> T as(SecurityIdentity identity, Callable<T> action) throws Exception {
        return identity.runAs(action);
    }

    private static void print(String step, long nanos) {
        System.out.printf("  %-36s %7.1f ms per call  %6.0f calls per second%n", step, nanos / 1e6 / APPLICATIONS,
                APPLICATIONS / (nanos / 1e9));
    }
}
