package cn.tongban.it.lookup;

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

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static cn.tongban.it.Http.count;
import static cn.tongban.it.Http.get;
import static cn.tongban.it.Http.submit;
import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public status lookup over HTTP, as a citizen's browser or app calls it: no credentials, the receipt number
 * and the query code. All requests come from this machine's one address, so that together these tests stay under
 * the address limit (20 failures in 15 minutes) and each throttles only its own receipt number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicStatusApiIT {

    private static final String APPLICATIONS = "/api/v1/applications";
    private static final String VALID = "{\"matterCode\": \"ZJJ-001\", \"form\": " + SampleForms.constructionPermitJson() + "}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theSubmissionAnswersTheQueryCodeOnceAndTheStatusNeedsNoSignIn() throws Exception {
        HttpResponse<String> created = submit("zhangsan", VALID);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created.body());
        String receipt = body.getString("receiptNumber");
        String code = body.getString("queryCode");
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
        assertEquals(1, count("SELECT COUNT(*) FROM application WHERE receipt_number = '" + receipt
                + "' AND query_code_hash IS NOT NULL AND query_code_hash <> '" + code + "'"), "only a hash is stored");

        HttpResponse<String> read = get(APPLICATIONS + "/" + receipt, "zhangsan");
        assertEquals(200, read.statusCode(), read.body());
        assertFalse(json(read.body()).containsKey("queryCode"), "the code is in the answer to the submission only");

        HttpResponse<String> status = send(request(status(receipt, code)).GET());
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.headers().firstValue("Cache-Control").orElse("").contains("no-store"), status.headers().toString());
        JsonObject view = json(status.body());
        assertEquals(receipt, view.getString("receiptNumber"));
        assertEquals("SUBMITTED", view.getString("status"));
        assertEquals("ZJJ", view.getString("department"));
        assertTrue(view.getString("submittedAt").endsWith("+08:00"), view.getString("submittedAt"));
        assertEquals("SUBMITTED", view.getJsonArray("timeline").getJsonObject(0).getString("step"));
        assertFalse(status.body().contains("张三") || status.body().contains("127.0.0.1"), status.body());
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSame404() throws Exception {
        JsonObject created = json(submit("zhangsan", VALID).body());
        String receipt = created.getString("receiptNumber");
        String code = created.getString("queryCode");

        HttpResponse<String> wrong = send(request(status(receipt, PublicStatusIT.otherThan(code))).GET());
        HttpResponse<String> unknown = send(request(status("20200101-ZJJ-00000000" + "0", code)).GET());
        assertProblem(wrong, 404);
        assertProblem(unknown, 404);
        assertEquals(json(wrong.body()), json(unknown.body()), "nothing tells a wrong code from an unknown number");

        assertProblem(send(request(APPLICATIONS + "/" + receipt + "/status").GET()), 400);
    }

    @Test
    void afterFiveFailuresTheSixthIsAnswered429WithRetryAfterEvenWithTheRightCode() throws Exception {
        JsonObject created = json(submit("zhangsan", VALID).body());
        String receipt = created.getString("receiptNumber");
        String code = created.getString("queryCode");
        for (int i = 0; i < 5; i++) {
            assertProblem(send(request(status(receipt, PublicStatusIT.otherThan(code))).GET()), 404);
        }
        HttpResponse<String> throttled = send(request(status(receipt, code)).GET());
        assertProblem(throttled, 429);
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, String.valueOf(retryAfter));
        var english = send(request(status(receipt, code)).header("Accept-Language", "en").GET());
        assertTrue(json(english.body()).getString("detail").contains("Too many failed lookups"), english.body());
    }

    @Test
    void everyOtherOperationOnApplicationsStillAsksForCredentials() throws Exception {
        String receipt = json(submit("zhangsan", VALID).body()).getString("receiptNumber");
        HttpResponse<String> anonymous = send(request(APPLICATIONS + "/" + receipt).GET());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.headers().toString());
        assertEquals(200, get(APPLICATIONS + "/" + receipt, "clerk").statusCode());
        assertEquals(404, get(APPLICATIONS + "/" + receipt, "qiye").statusCode());
    }

    private static String status(String receipt, String code) {
        return APPLICATIONS + "/" + receipt + "/status?queryCode=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
