package cn.tongban.it.partners;

import cn.tongban.it.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static cn.tongban.it.Http.count;
import static cn.tongban.it.Http.get;
import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static cn.tongban.it.partners.PartnerClient.TASKS;
import static cn.tongban.it.partners.PartnerClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tasks of the partner interface (第五条) over HTTP: every step, its guards, and bad requests changing nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasksApiIT {

    private final PartnerClient zjj = new PartnerClient("partner");
    private final PartnerClient swuj = new PartnerClient("swuj.partner");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void thePartnerListsItsDepartmentsTasksOnlyCountedAndPaged() throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");

        JsonObject page = json(get(TASKS + "?status=OPEN&size=100", "partner").body());
        long total = page.getInt("total");
        assertEquals(count("SELECT COUNT(*) FROM task t JOIN department d ON d.id = t.department_id "
                + "WHERE d.code = 'ZJJ' AND t.status = 'OPEN'"), total, "counted in the database, this department only");
        assertTrue(page.getJsonArray("items").size() <= 100);
        JsonObject one = json(get(TASKS + "?status=OPEN&size=1&page=0", "partner").body());
        assertEquals(1, one.getJsonArray("items").size());
        assertEquals(total, one.getInt("total"));
        assertTrue(all("partner", "OPEN").contains(acceptance), "the partner sees its department's new task");
        assertFalse(all("swuj.partner", "OPEN,CLAIMED").contains(acceptance), "another department does not");
        assertTrue(all("clerk", "OPEN").contains(acceptance), "the department's staff see it too");
        json(get(TASKS + "?status=OPEN&size=100", "swuj.partner").body()).getJsonArray("items")
                .forEach(t -> assertEquals("SWUJ", t.asJsonObject().getString("department")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size 0             | ?size=0",
            "size over the max  | ?size=101",
            "negative page      | ?page=-1",
            "page not a number  | ?page=x",
            "huge page          | ?page=2147483647&size=100",
            "unknown status     | ?status=LOST"})
    void listParametersOutOfBoundsAreRefused(String what, String query) throws Exception {
        assertProblem(get(TASKS + query, "partner"), 400);
    }

    @Test
    void oneTaskCarriesItsApplicationAndItsVersionAsETag() throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        var read = zjj.task(acceptance);
        assertEquals(receipt, read.json().getString("receiptNumber"));
        assertEquals("ZJJ-001", read.json().getString("matterCode"));
        assertEquals("ACCEPTANCE", read.json().getString("kind"));
        assertEquals("OPEN", read.status());
        assertEquals("SUBMITTED", read.json().getString("applicationStatus"));
        assertTrue(read.json().getString("openedAt").endsWith("+08:00"));
        assertEquals("\"" + read.json().getJsonNumber("version").longValue() + "\"", read.etag());

        assertProblem(swuj.get(acceptance), 403);
        assertProblem(zjj.get(999_999_999L), 404);
        assertProblem(get(TASKS + "/abc", "partner"), 404);
        assertProblem(get(TASKS + "/" + acceptance, "zhangsan"), 403);
        assertEquals(401, send(request(TASKS + "/" + acceptance).GET()).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "claim              | {}",
            "release            | {}",
            "hand-over          | {\"to\": \"swuj.reviewer\"}",
            "accept             | {\"opinion\": \"越权受理\"}",
            "not-accept         | {\"reason\": \"越权\", \"legalBasis\": \"无\"}",
            "request-correction | {\"items\": \"越权补正\"}",
            "opinion            | {\"agree\": true, \"opinion\": \"越权\"}",
            "decide             | {\"approve\": true, \"opinion\": \"越权\", \"legalBasis\": \"无\"}",
            "complete           | {\"note\": \"越权\"}"})
    void anotherDepartmentsTaskIsForbiddenForEveryStep(String action, String body) throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        String etag = zjj.task(acceptance).etag();
        long lines = timelineLines(receipt);
        long events = count("SELECT COUNT(*) FROM feed_event");

        assertProblem(swuj.step(acceptance, action, etag, body), 403);
        assertProblem(new PartnerClient("swuj.clerk").step(acceptance, action, etag, body), 403);

        assertEquals(lines, timelineLines(receipt), "nothing happened");
        assertEquals(events, count("SELECT COUNT(*) FROM feed_event"), "and nothing was reported");
        assertEquals(etag, zjj.task(acceptance).etag());
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        String stale = zjj.task(acceptance).etag();
        var claimed = new PartnerClient("clerk").act(acceptance, "claim", "{}");
        assertNotEquals(stale, claimed.etag(), "a claim is a new version");
        new PartnerClient("clerk").act(acceptance, "release", "{}");
        long lines = timelineLines(receipt);

        HttpResponse<String> conflict = zjj.step(acceptance, "accept", stale, "{\"opinion\": \"材料齐全\"}");
        assertProblem(conflict, 409);
        assertTrue(json(conflict.body()).getString("type").endsWith("task.changed"), conflict.body());
        assertProblem(zjj.step(acceptance, "accept", null, "{\"opinion\": \"材料齐全\"}"), 428);
        assertProblem(zjj.step(acceptance, "accept", "W/\"1\"", "{}"), 400);
        assertProblem(zjj.step(acceptance, "accept", "\"abc\"", "{}"), 400);
        assertEquals(lines, timelineLines(receipt));
        assertEquals("SUBMITTED", zjj.task(acceptance).json().getString("applicationStatus"));

        var accepted = zjj.step(acceptance, "accept", zjj.task(acceptance).etag(), "{\"opinion\": \"材料齐全\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("DONE", json(accepted.body()).getString("status"));
        assertEquals("ACCEPTED", json(accepted.body()).getString("applicationStatus"));
        assertEquals("\"" + json(accepted.body()).getJsonNumber("version").longValue() + "\"",
                accepted.headers().firstValue("ETag").orElseThrow());
        assertProblem(zjj.step(acceptance, "accept", accepted.headers().firstValue("ETag").orElseThrow(), "{}"), 409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field         | accept             | {\"opinion\": \"好\", \"colour\": \"red\"}",
            "not an object         | accept             | [1]",
            "malformed             | accept             | {\"opinion\": ",
            "empty                 | accept             | ''",
            "reason missing        | not-accept         | {\"legalBasis\": \"《行政许可法》第三十二条\"}",
            "reason not text       | not-accept         | {\"reason\": 42, \"legalBasis\": \"x\"}",
            "items blank           | request-correction | {\"items\": \"  \"}",
            "to missing            | hand-over          | {}",
            "unknown colleague     | hand-over          | {\"to\": \"nobody-here\"}",
            "colleague elsewhere   | hand-over          | {\"to\": \"swuj.reviewer\"}"})
    void badBodiesAreRefusedAndChangeNothing(String what, String action, String body) throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        String etag = zjj.task(acceptance).etag();
        long lines = timelineLines(receipt);
        HttpResponse<String> refused = zjj.step(acceptance, action, etag, body);
        assertProblem(refused, 400);
        if (what.equals("unknown field")) {
            assertEquals("colour", json(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(lines, timelineLines(receipt), what);
        assertEquals(etag, zjj.task(acceptance).etag(), what);
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        String huge = "{\"opinion\": \"" + "很".repeat(100_000) + "\"}";
        assertProblem(zjj.step(acceptance, "accept", zjj.task(acceptance).etag(), huge), 400);
        String long2001 = "{\"opinion\": \"" + "好".repeat(2001) + "\"}";
        assertProblem(zjj.step(acceptance, "accept", zjj.task(acceptance).etag(), long2001), 400);
        zjj.act(acceptance, "accept", "{\"opinion\": \"好\"}");
        long review = taskId(receipt, "REVIEW");
        assertProblem(zjj.step(review, "opinion", zjj.task(review).etag(), long2001), 400);
    }

    @Test
    void aStepForAnotherKindOfTaskIsUnprocessable() throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        String etag = zjj.task(acceptance).etag();
        assertProblem(zjj.step(acceptance, "decide", etag, "{\"approve\": true, \"opinion\": \"x\", \"legalBasis\": \"y\"}"), 422);
        assertProblem(zjj.step(acceptance, "opinion", etag, "{\"opinion\": \"x\"}"), 422);
    }

    @Test
    void thePartnerRefusesAndAsksForCorrectionsForItsDepartment() throws Exception {
        String refused = PartnerClient.submitConstructionPermit();
        var notAccepted = zjj.act(taskId(refused, "ACCEPTANCE"), "not-accept",
                "{\"reason\": \"不属于本机关职权范围\", \"legalBasis\": \"《行政许可法》第三十二条\"}");
        assertEquals("NOT_ACCEPTED", notAccepted.json().getString("applicationStatus"));
        assertEquals(1, count("SELECT COUNT(*) FROM status_change c JOIN account a ON a.id = c.actor_id "
                + "JOIN application p ON p.id = c.application_id WHERE p.receipt_number = '" + refused
                + "' AND c.step = 'NOT_ACCEPTED' AND a.username = 'partner'"), "the timeline names the partner system");

        String corrected = PartnerClient.submitConstructionPermit();
        var suspended = zjj.act(taskId(corrected, "ACCEPTANCE"), "request-correction", "{\"items\": \"请补充施工图审查合格书\"}");
        assertEquals("SUSPENDED", suspended.status());
        assertEquals("CORRECTION_REQUESTED", suspended.json().getString("applicationStatus"));
    }

    @Test
    void thePartnerHandsATaskToAMemberOfItsStaff() throws Exception {
        String receipt = PartnerClient.submitConstructionPermit();
        long acceptance = taskId(receipt, "ACCEPTANCE");
        var handed = zjj.act(acceptance, "hand-over", "{\"to\": \"clerk\"}");
        assertEquals("CLAIMED", handed.status());
        assertEquals("clerk", handed.json().getString("assignee"));
        var released = new PartnerClient("clerk").act(acceptance, "release", "{}");
        assertEquals("OPEN", released.status());
        assertProblem(zjj.step(acceptance, "hand-over", released.etag(), "{\"to\": \"reviewer\"}"), 400);
    }

    @Test
    void theOpenApiDocumentDescribesEveryTaskStepAndTheFeedWithExamples() throws Exception {
        var response = send(request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, response.statusCode());
        JsonObject paths = json(response.body()).getJsonObject("paths");
        for (String step : List.of("claim", "release", "hand-over", "accept", "not-accept", "request-correction", "opinion",
                "decide", "complete")) {
            JsonObject path = paths.getJsonObject("/api/v1/tasks/{id}/" + step);
            assertTrue(path != null, step + " in " + paths.keySet());
            JsonObject post = path.getJsonObject("post");
            JsonObject responses = post.getJsonObject("responses");
            for (String status : List.of("200", "400", "403", "404", "409", "422", "428")) {
                assertTrue(responses.containsKey(status), step + " documents " + status);
            }
            assertTrue(post.getJsonArray("parameters").stream().anyMatch(p -> "If-Match".equals(p.asJsonObject().getString("name"))), step);
            if (!step.equals("claim") && !step.equals("release")) {
                assertTrue(post.getJsonObject("requestBody").toString().contains("example"), step + " has an example body");
            }
        }
        assertTrue(paths.getJsonObject("/api/v1/tasks").getJsonObject("get").toString().contains("example"));
        assertTrue(paths.getJsonObject("/api/v1/events").getJsonObject("get").toString().contains("task.opened"));
    }

    private List<Long> all(String user, String status) throws Exception {
        JsonObject page = json(get(TASKS + "?status=" + status + "&size=100", user).body());
        List<Long> ids = new java.util.ArrayList<>(page.getJsonArray("items").stream()
                .map(t -> t.asJsonObject().getJsonNumber("id").longValue()).toList());
        for (int p = 1; p * 100 < page.getInt("total"); p++) {
            json(get(TASKS + "?status=" + status + "&size=100&page=" + p, user).body()).getJsonArray("items")
                    .forEach(t -> ids.add(t.asJsonObject().getJsonNumber("id").longValue()));
        }
        return ids;
    }

    static long taskId(String receipt, String kind) throws Exception {
        return count("SELECT MIN(t.id) FROM task t JOIN application a ON a.id = t.application_id WHERE a.receipt_number = '"
                + receipt + "' AND t.kind = '" + kind + "'");
    }

    private static long timelineLines(String receipt) throws Exception {
        return count("SELECT COUNT(*) FROM status_change c JOIN application a ON a.id = c.application_id "
                + "WHERE a.receipt_number = '" + receipt + "'");
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        if (status < 400) {
            return;
        }
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.getString("type").startsWith("https://"));
        assertFalse(response.body().contains("Exception") || response.body().contains("SELECT"), response.body());
    }
}
