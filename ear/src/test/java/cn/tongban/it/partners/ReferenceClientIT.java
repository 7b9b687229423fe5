package cn.tongban.it.partners;

import cn.tongban.it.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static cn.tongban.it.partners.PartnerClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole parallel approval (并联审批, 第六条) of ZJJ-003 through the partner interface alone (第五条): the
 * departments' systems find their work in the event feed — never in the database — read each task, act on it with
 * its ETag, and the applicant follows it on the public status lookup.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A department's system: its client, where it stands in its feed, and the opened tasks it has not worked on yet. */
    private static final class DepartmentSystem {
        final PartnerClient client;
        final List<JsonObject> opened = new ArrayList<>();
        final List<JsonObject> events = new ArrayList<>();
        String cursor;

        DepartmentSystem(String user) throws Exception {
            this.client = new PartnerClient(user);
            this.cursor = client.end();
        }

        /** The next task of the application opened for this department, found by following the feed. */
        long nextOpenedTask(String receipt, String kind) throws Exception {
            for (int polls = 0; polls < 20; polls++) {
                for (JsonObject event : opened) {
                    if (receipt.equals(event.getString("receiptNumber")) && kind.equals(event.getJsonObject("data").getString("kind"))) {
                        opened.remove(event);
                        return event.getJsonNumber("taskId").longValue();
                    }
                }
                readOn();
            }
            throw new AssertionError("no " + kind + " task of " + receipt + " in the feed");
        }

        boolean heard(String receipt, String type) throws Exception {
            readOn();
            return events.stream().anyMatch(e -> receipt.equals(e.getString("receiptNumber")) && type.equals(e.getString("type")));
        }

        private void readOn() throws Exception {
            var page = client.events(cursor, 20);
            cursor = page.next();
            events.addAll(page.events());
            page.events().stream().filter(e -> "task.opened".equals(e.getString("type"))).forEach(opened::add);
        }
    }

    @Test
    void aParallelApprovalRunsThroughTheInterfaceAlone() throws Exception {
        DepartmentSystem zjj = new DepartmentSystem("partner");
        DepartmentSystem swuj = new DepartmentSystem("swuj.partner");

        JsonObject submitted = PartnerClient.submit("zhangsan", "ZJJ-003", cn.tongban.it.SampleForms.parallelConstruction());
        String receipt = submitted.getString("receiptNumber");
        String queryCode = submitted.getString("queryCode");

        long acceptance = zjj.nextOpenedTask(receipt, "ACCEPTANCE");
        assertEquals("ACCEPTED", zjj.client.act(acceptance, "accept", "{\"opinion\": \"材料齐全，并联受理\"}")
                .json().getString("applicationStatus"));

        // the 前置 branch first (第二十七条(四)): the other branches open once it agreed
        long fire = zjj.nextOpenedTask(receipt, "BRANCH");
        zjj.client.act(fire, "opinion", "{\"agree\": true, \"opinion\": \"消防设计审查合格\"}");
        long drainage = swuj.nextOpenedTask(receipt, "BRANCH");
        long airDefence = zjj.nextOpenedTask(receipt, "BRANCH");
        assertEquals("SWUJ", swuj.client.task(drainage).json().getString("department"));
        swuj.client.act(drainage, "opinion", "{\"agree\": true, \"opinion\": \"同意施工临时排水\"}");
        zjj.client.act(airDefence, "opinion", "{\"agree\": true, \"opinion\": \"人防设计符合要求\"}");
        long review = zjj.nextOpenedTask(receipt, "REVIEW");
        zjj.client.act(review, "opinion", "{\"opinion\": \"综合审查通过，建议准予\"}");

        long decision = zjj.nextOpenedTask(receipt, "DECISION");
        var toDecide = zjj.client.task(decision);
        assertEquals(3, toDecide.json().getJsonArray("earlierOpinions").stream()
                .filter(o -> "BRANCH".equals(o.asJsonObject().getString("kind"))).count(), "the decision sees every branch's opinion");
        var decided = zjj.client.act(decision, "decide",
                "{\"approve\": true, \"opinion\": \"准予许可\", \"legalBasis\": \"《建筑法》第八条\"}");
        assertEquals("APPROVED", decided.json().getString("applicationStatus"));
        var completed = zjj.client.act(decision, "complete", "{\"note\": \"施工许可证已送达\"}");
        assertEquals("COMPLETED", completed.json().getString("applicationStatus"));
        assertTrue(swuj.heard(receipt, "application.completed"), "the branch department hears of the end too");

        var status = send(request("/api/v1/applications/" + receipt + "/status?queryCode="
                + URLEncoder.encode(queryCode, StandardCharsets.UTF_8)).GET());
        assertEquals(200, status.statusCode(), status.body());
        JsonObject view = json(status.body());
        assertEquals("COMPLETED", view.getString("status"));
        List<String> steps = new ArrayList<>();
        view.getJsonArray("timeline").forEach(line -> steps.add(line.asJsonObject().getString("step")));
        assertEquals(List.of("SUBMITTED", "ACCEPTED", "REVIEW_STARTED", "BRANCH_AGREED", "BRANCH_AGREED", "BRANCH_AGREED",
                "REVIEWED", "APPROVED", "COMPLETED"), steps);
        assertFalse(status.body().contains("消防设计审查合格"), "a branch's reasoning stays inside the departments");
    }
}
