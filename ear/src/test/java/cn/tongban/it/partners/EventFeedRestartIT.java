package cn.tongban.it.partners;

import cn.tongban.it.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static cn.tongban.it.partners.TasksApiIT.taskId;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The feed survives the application going down (第五条: a partner that was away catches up): events written before
 * an undeploy, some already read and some not yet numbered, are read after the redeploy from the partner's cursor,
 * each once and in the same order as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventFeedRestartIT {

    private static final String DEPLOYMENT = "restarted";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aPartnerReadsOnFromItsCursorAfterTheApplicationRestarted() throws Exception {
        PartnerClient zjj = new PartnerClient("partner");
        deployer.deploy(DEPLOYMENT);
        String start;
        String read;
        String unread;
        List<JsonObject> before;
        try {
            start = zjj.end();
            read = PartnerClient.submitConstructionPermit();
            String[] cursor = {start};
            before = zjj.drain(cursor, 3);
            assertEquals(List.of("application.submitted", "task.opened"), before.stream().map(e -> e.getString("type")).toList());
            unread = PartnerClient.submitConstructionPermit();
            zjj.act(taskId(read, "ACCEPTANCE"), "accept", "{}");
            // the last events have not been read, so not numbered, when the application goes down
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        deployer.deploy(DEPLOYMENT);
        try {
            List<JsonObject> all = zjj.drain(new String[]{start}, 2);
            assertEquals(before, all.subList(0, before.size()), "what was read before reads the same");
            List<String> after = all.subList(before.size(), all.size()).stream()
                    .map(e -> e.getString("receiptNumber").equals(read) ? "read:" + e.getString("type") : "unread:" + e.getString("type"))
                    .toList();
            assertEquals(List.of("unread:application.submitted", "unread:task.opened", "read:application.accepted", "read:task.opened"),
                    after, "the rest once each, in commit order");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
