package cn.tongban.it.api;

import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static cn.tongban.it.Http.count;
import static cn.tongban.it.Http.get;
import static cn.tongban.it.Http.submit;
import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API as a client sees it, against the real EAR on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationsApiIT {

    private static final String APPLICATIONS = "/api/v1/applications";
    private static final String VALID = "{\"matterCode\": \"ZJJ-001\", \"form\": " + SampleForms.constructionPermitJson() + "}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void postThenGetReturnsTheApplication() throws Exception {
        HttpResponse<String> created = submit("zhangsan", VALID);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created.body());
        String receipt = body.getString("receiptNumber");
        assertEquals("SUBMITTED", body.getString("status"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(APPLICATIONS + "/" + receipt), location);

        HttpResponse<String> read = get(APPLICATIONS + "/" + receipt, "zhangsan");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject application = json(read.body());
        assertEquals(receipt, application.getString("receiptNumber"));
        assertEquals("ZJJ-001", application.getString("matterCode"));
        assertEquals("ZJJ", application.getString("department"));
        assertEquals("SUBMITTED", application.getJsonArray("timeline").getJsonObject(0).getString("to"));
        assertTrue(application.getString("submittedAt").endsWith("+08:00"), application.getString("submittedAt"));
    }

    @Test
    void onlyTheOwnerAndTheDepartmentReadAnApplication() throws Exception {
        String receipt = json(submit("zhangsan", VALID).body())
                .getString("receiptNumber");

        assertEquals(200, get(APPLICATIONS + "/" + receipt, "clerk").statusCode());
        assertProblem(get(APPLICATIONS + "/" + receipt, "qiye"), 404);
        assertProblem(get(APPLICATIONS + "/" + receipt, "swuj.clerk"), 404);
        assertEquals(401, send(request(APPLICATIONS + "/" + receipt).GET()).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON         | {\"matterCode\": \"ZJJ-001\"      | 400",
            "not an object          | [1, 2, 3]                         | 400",
            "missing matterCode     | {}                                | 400",
            "blank matterCode       | {\"matterCode\": \"  \"}          | 400",
            "wrong type             | {\"matterCode\": 42}              | 400",
            "unknown field          | {\"matterCode\": \"ZJJ-001\", \"colour\": \"red\"} | 400",
            "form not an object     | {\"matterCode\": \"ZJJ-001\", \"form\": [1]} | 400",
            "form missing fields    | {\"matterCode\": \"ZJJ-001\", \"form\": {\"projectName\": \"x\"}} | 400",
            "unknown matter         | {\"matterCode\": \"NOPE-999\"}    | 404",
            "offline-only matter    | {\"matterCode\": \"GAJ-001\"}     | 422"})
    void badRequestsGetAProblemAndChangeNothing(String what, String json, int status) throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        assertProblem(submit("zhangsan", json), status);
        assertEquals(before, count("SELECT COUNT(*) FROM application"), what);
    }

    @Test
    void eachInvalidFormFieldIsListed() throws Exception {
        String body = VALID.replace("\"13800138000\"", "\"12345\"").replace(SampleForms.CREDIT_CODE + "\",\"constructorName",
                "91350100M000100Y44\",\"constructorName");
        var response = submit("zhangsan", body);
        assertProblem(response, 400);
        var errors = json(response.body()).getJsonArray("errors");
        var fields = errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("contactPhone", "builderUscc")), response.body());
        assertTrue(errors.getJsonObject(0).getString("message").contains("「"), response.body());
    }

    @Test
    void anEmptyBodyOrAnotherMediaTypeIsRefused() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        assertProblem(send(request(APPLICATIONS, "zhangsan").header("Content-Type", "application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.noBody())), 400);
        assertProblem(send(request(APPLICATIONS, "zhangsan").header("Content-Type", "text/plain").header("Idempotency-Key", "k")
                .POST(HttpRequest.BodyPublishers.ofString("ZJJ-001"))), 415);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void staffCannotApplyAndStrangersMustSignIn() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        assertProblem(submit("clerk", VALID), 403);
        assertEquals(401, send(request(APPLICATIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(VALID))).statusCode());
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        var english = send(request(APPLICATIONS, "zhangsan").header("Content-Type", "application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString("{\"matterCode\": \"NOPE-1\"}")));
        assertTrue(json(english.body()).getString("detail").contains("There is no matter"), english.body());
        var chinese = submit("zhangsan", "{\"matterCode\": \"NOPE-1\"}");
        assertTrue(json(chinese.body()).getString("detail").contains("没有编码为"), chinese.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.getString("type").startsWith("https://"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
