package cn.tongban.it.partners;

import cn.tongban.it.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static cn.tongban.it.Http.count;
import static cn.tongban.it.Http.get;
import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static cn.tongban.it.partners.PartnerClient.EVENTS;
import static cn.tongban.it.partners.TasksApiIT.assertProblem;
import static cn.tongban.it.partners.TasksApiIT.taskId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event feed (第五条) over HTTP: each event once, in commit order, for the departments concerned only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventFeedApiIT {

    private final PartnerClient zjj = new PartnerClient("partner");
    private final PartnerClient swuj = new PartnerClient("swuj.partner");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aParallelApplicationIsReportedToEachDepartmentConcernedInOrder() throws Exception {
        String zjjStart = zjj.end();
        String swujStart = swuj.end();
        String receipt = PartnerClient.submitParallelConstruction();
        assertTrue(types(swuj.drain(new String[]{swujStart}, 50), receipt).isEmpty(), "a branch department hears of it on acceptance");

        zjj.act(taskId(receipt, "ACCEPTANCE"), "accept", "{\"opinion\": \"并联受理\"}");
        List<JsonObject> zjjEvents = mine(zjj.drain(new String[]{zjjStart}, 2), receipt);
        assertEquals(List.of("application.submitted", "task.opened", "application.accepted", "task.opened", "task.opened"),
                zjjEvents.stream().map(e -> e.getString("type")).toList(), "read two at a time, in order, each once");
        assertEquals("ACCEPTANCE", zjjEvents.get(1).getJsonObject("data").getString("kind"));
        assertEquals(List.of("REVIEW", "BRANCH"), zjjEvents.subList(3, 5).stream()
                .map(e -> e.getJsonObject("data").getString("kind")).toList(), "the review stage and the 前置 fire branch");
        assertTrue(zjjEvents.get(4).getJsonObject("data").getBoolean("prerequisite"));

        List<JsonObject> swujEvents = mine(swuj.drain(new String[]{swujStart}, 50), receipt);
        assertEquals(List.of("application.accepted"), swujEvents.stream().map(e -> e.getString("type")).toList(),
                "the drainage branch waits for the 前置 branch");

        long fire = zjjEvents.get(4).getJsonNumber("taskId").longValue();
        zjj.act(fire, "opinion", "{\"agree\": true, \"opinion\": \"消防设计审查合格\"}");
        List<JsonObject> later = mine(swuj.drain(new String[]{swujStart}, 50), receipt);
        assertEquals(List.of("application.accepted", "application.review-started", "application.branch-agreed", "task.opened"),
                later.stream().map(e -> e.getString("type")).toList());
        assertEquals("SWUJ", later.get(3).getJsonObject("data").getString("department"));
        assertEquals(count("SELECT COUNT(*) FROM feed_event e JOIN department d ON d.id = e.department_id "
                + "WHERE d.code = 'SWUJ' AND e.receipt_number = '" + receipt + "'"), later.size());
    }

    @Test
    void readingAgainFromACursorGivesTheSameEventsAndTheEndIsEmpty() throws Exception {
        String start = zjj.end();
        String receipt = PartnerClient.submitConstructionPermit();
        zjj.act(taskId(receipt, "ACCEPTANCE"), "accept", "{}");
        String[] cursor = {start};
        List<JsonObject> first = zjj.drain(cursor, 1);
        List<JsonObject> again = zjj.drain(new String[]{start}, 500);
        assertEquals(cursors(first), cursors(again));
        assertTrue(zjj.events(cursor[0], 10).events().isEmpty());
        assertEquals(cursor[0], zjj.events(cursor[0], 10).next(), "nothing new: the same cursor back");
    }

    @Test
    void concurrentStepsAreReadEachOnceAndInCommitOrderWhileTheyHappen() throws Exception {
        String start = zjj.end();
        int writers = 6;
        int each = 4;
        AtomicBoolean writing = new AtomicBoolean(true);
        List<JsonObject> readWhileWriting = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                String[] cursor = {start};
                while (writing.get()) {
                    readWhileWriting.addAll(zjj.drain(cursor, 5));
                    Thread.sleep(10);
                }
                readWhileWriting.addAll(zjj.drain(cursor, 5));
                return null;
            });
            List<Future<List<String>>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                written.add(pool.submit(() -> {
                    List<String> receipts = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String receipt = PartnerClient.submitConstructionPermit();
                        receipts.add(receipt);
                        zjj.act(taskId(receipt, "ACCEPTANCE"), "accept", "{}");
                    }
                    return receipts;
                }));
            }
            Set<String> receipts = new HashSet<>();
            for (Future<List<String>> f : written) {
                receipts.addAll(f.get());
            }
            writing.set(false);
            reader.get();

            List<String> seen = cursors(readWhileWriting);
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no event twice");
            assertEquals(cursors(zjj.drain(new String[]{start}, 500)), seen,
                    "what was read page by page while the steps committed is the feed as it stands: nothing skipped, nothing inserted before");
            for (String receipt : receipts) {
                assertEquals(List.of("application.submitted", "task.opened", "application.accepted", "task.opened"),
                        types(readWhileWriting, receipt), receipt);
            }
            long stored = count("SELECT COUNT(*) FROM feed_event e JOIN department d ON d.id = e.department_id WHERE d.code = 'ZJJ' "
                    + "AND e.receipt_number IN ('" + String.join("','", receipts) + "')");
            assertEquals(stored, readWhileWriting.stream().filter(e -> receipts.contains(e.getString("receiptNumber"))).count());
            assertEquals(writers * each * 4L, stored);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badCursorsLimitsAndCallersAreRefused() throws Exception {
        assertProblem(get(EVENTS + "?after=not-a-cursor", "partner"), 400);
        assertProblem(get(EVENTS + "?limit=0", "partner"), 400);
        assertProblem(get(EVENTS + "?limit=501", "partner"), 400);
        assertProblem(get(EVENTS + "?limit=x", "partner"), 400);
        assertProblem(get(EVENTS, "zhangsan"), 403);
        assertProblem(get(EVENTS, "office"), 403);
        assertEquals(401, send(request(EVENTS).GET()).statusCode());
        assertFalse(get(EVENTS + "?limit=1", "clerk").body().isEmpty(), "the department's staff read it too");
    }

    private static List<JsonObject> mine(List<JsonObject> events, String receipt) {
        return events.stream().filter(e -> receipt.equals(e.getString("receiptNumber", null))).toList();
    }

    private static List<String> types(List<JsonObject> events, String receipt) {
        return mine(events, receipt).stream().map(e -> e.getString("type")).toList();
    }

    private static List<String> cursors(List<JsonObject> events) {
        return events.stream().map(e -> e.getString("cursor")).toList();
    }
}
