package cn.tongban.it.partners;

import cn.tongban.it.Http;
import cn.tongban.it.SampleForms;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reference client of the partner interface in plain java.net.http, as a department's own system would
 * write it: submit (as an applicant, for the tests), read the event feed after a cursor, read a task and its ETag,
 * and take a step with If-Match.
 */
final class PartnerClient {

    static final String TASKS = "/api/v1/tasks";
    static final String EVENTS = "/api/v1/events";

    private final String user;

    PartnerClient(String user) {
        this.user = user;
    }

    /** A task as read: its JSON and its ETag. */
    record TaskRead(JsonObject json, String etag) {
        long id() {
            return json.getJsonNumber("id").longValue();
        }

        String status() {
            return json.getString("status");
        }
    }

    /** A page of the feed. */
    record EventPage(List<JsonObject> events, String next) {
    }

    /**
     * Submits an application as the given applicant and returns its receipt number and query code. The one place
     * that knows the submission's body, so that it follows the API's format in one edit.
     */
    static JsonObject submit(String applicant, String matterCode, JsonObject form) throws Exception {
        String body = Json.createObjectBuilder().add("matterCode", matterCode).add("form", form).build().toString();
        HttpResponse<String> created = Http.submit(applicant, body);
        if (created.statusCode() != 201) {
            throw new AssertionError("submission refused: " + created.statusCode() + " " + created.body());
        }
        return json(created.body());
    }

    static String submitParallelConstruction() throws Exception {
        return submit("zhangsan", "ZJJ-003", SampleForms.parallelConstruction()).getString("receiptNumber");
    }

    static String submitConstructionPermit() throws Exception {
        return submit("zhangsan", "ZJJ-001", SampleForms.constructionPermit()).getString("receiptNumber");
    }

    EventPage events(String after, int limit) throws Exception {
        String query = "?limit=" + limit + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        HttpResponse<String> response = Http.get(EVENTS + query, user);
        if (response.statusCode() != 200) {
            throw new AssertionError("feed refused: " + response.statusCode() + " " + response.body());
        }
        JsonObject page = json(response.body());
        return new EventPage(page.getJsonArray("events").getValuesAs(JsonObject.class), page.getString("next"));
    }

    /** Reads the feed to its end from the cursor; returns every event and leaves the last cursor in the list's end. */
    List<JsonObject> drain(String[] cursor, int limit) throws Exception {
        List<JsonObject> all = new ArrayList<>();
        while (true) {
            EventPage page = events(cursor[0], limit);
            all.addAll(page.events());
            cursor[0] = page.next();
            if (page.events().size() < limit) {
                return all;
            }
        }
    }

    /** The cursor at the feed's current end. */
    String end() throws Exception {
        String[] cursor = {null};
        drain(cursor, 500);
        return cursor[0];
    }

    HttpResponse<String> get(long taskId) throws Exception {
        return Http.get(TASKS + "/" + taskId, user);
    }

    TaskRead task(long taskId) throws Exception {
        HttpResponse<String> response = get(taskId);
        if (response.statusCode() != 200) {
            throw new AssertionError("task refused: " + response.statusCode() + " " + response.body());
        }
        return new TaskRead(json(response.body()), response.headers().firstValue("ETag").orElseThrow());
    }

    HttpResponse<String> step(long taskId, String action, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = Http.request(TASKS + "/" + taskId + "/" + action, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Http.send(request);
    }

    /** Reads the task and takes the step with its ETag; the step must succeed. */
    TaskRead act(long taskId, String action, String body) throws Exception {
        HttpResponse<String> response = step(taskId, action, task(taskId).etag(), body);
        if (response.statusCode() != 200) {
            throw new AssertionError(action + " on task " + taskId + " refused: " + response.statusCode() + " " + response.body());
        }
        return new TaskRead(json(response.body()), response.headers().firstValue("ETag").orElseThrow());
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
