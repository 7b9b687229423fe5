package cn.tongban.it.apply;

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
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static cn.tongban.it.Http.count;
import static cn.tongban.it.Http.get;
import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static cn.tongban.it.Http.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Submitting through the API (网上申报, 第四条; counter registration, 第五条): idempotency, identities, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionsApiIT {

    private static final String APPLICATIONS = "/api/v1/applications";
    private static final String VALID = "{\"matterCode\": \"ZJJ-001\", \"form\": " + SampleForms.constructionPermitJson() + "}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstAnswerAndCreateOneApplication() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = submit("zhangsan", VALID, key);
        assertEquals(201, first.statusCode(), first.body());
        // the same body with its fields in another order and other spacing is the same request
        String reordered = "{ \"form\" : " + SampleForms.constructionPermitJson() + " , \"matterCode\":\"ZJJ-001\" }";
        HttpResponse<String> again = submit("zhangsan", reordered, key);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(json(first.body()), json(again.body()));
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(before + 1, count("SELECT COUNT(*) FROM application"));
        JsonObject answer = json(first.body());
        assertTrue(answer.containsKey("promisedDue"), first.body());
        assertEquals("SUBMITTED", answer.getString("status"));
        assertEquals(8, answer.getString("queryCode").length());
        // neither the key nor the query code is stored readably
        assertEquals(0, count("SELECT COUNT(*) FROM submission_key WHERE key_hash = '" + key + "' OR sealed_answer LIKE '%"
                + answer.getString("queryCode") + "%'"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflictAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertEquals(201, submit("zhangsan", VALID, key).statusCode());
        long before = count("SELECT COUNT(*) FROM application");
        assertProblem(submit("zhangsan", VALID.replace("东莞市南城区示范学校教学楼工程", "另一个工程"), key), 409);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
        // another caller's key of the same text is another key
        assertEquals(201, submit("qiye", VALID, key).statusCode());
    }

    @Test
    void aMissingOrOverlongKeyIsRefusedNamingTheHeader() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        var missing = send(request(APPLICATIONS, "zhangsan").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(VALID, StandardCharsets.UTF_8)));
        assertProblem(missing, 400);
        assertTrue(json(missing.body()).getString("detail").contains("Idempotency-Key"), missing.body());
        assertProblem(submit("zhangsan", VALID, "k".repeat(129)), 400);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void twoConcurrentPostsWithOneKeyCreateOneApplication() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        String key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        Callable<HttpResponse<String>> post = () -> {
            start.await();
            return submit("zhangsan", VALID, key);
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(post);
            var b = pool.submit(post);
            start.countDown();
            HttpResponse<String> first = a.get();
            HttpResponse<String> second = b.get();
            assertEquals(201, first.statusCode(), first.body());
            assertEquals(201, second.statusCode(), second.body());
            assertEquals(json(first.body()).getString("receiptNumber"), json(second.body()).getString("receiptNumber"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void aPartnerRegistersAtItsCounterForANewApplicant() throws Exception {
        String idNumber = Files.newIdNumber();
        String body = "{\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"PERSON\", \"name\": \"窗口甲\", \"idNumber\": \""
                + idNumber + "\", \"phone\": \"13700137000\", \"email\": \"jia@example.cn\"}, \"form\": "
                + SampleForms.constructionPermitJson() + "}";
        var created = submit("partner", body);
        assertEquals(201, created.statusCode(), created.body());
        String receipt = json(created.body()).getString("receiptNumber");
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE identity_number = '" + idNumber
                + "' AND kind = 'PERSON' AND NOT enabled AND display_name = '窗口甲'"));
        var read = get(APPLICATIONS + "/" + receipt, "partner");
        assertEquals(200, read.statusCode(), read.body());
        var line = json(read.body()).getJsonArray("timeline").getJsonObject(0);
        assertEquals("SUBMITTED", line.getString("step"));
        assertEquals("ZJJ", line.getString("department"), "the counter's department registered it");
        assertEquals(1, count("SELECT COUNT(*) FROM status_change s JOIN account a ON a.id = s.actor_id JOIN application p "
                + "ON p.id = s.application_id WHERE p.receipt_number = '" + receipt + "' AND a.username = 'partner'"));

        // the same person again: the same account
        var second = submit("partner", body);
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE identity_number = '" + idNumber + "'"));
    }

    @Test
    void aPartnerRegistersForAKnownApplicantWhoThenReadsIt() throws Exception {
        String body = "{\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": "
                + "\"441900199003071238\"}, \"form\": " + SampleForms.constructionPermitJson() + "}";
        var created = submit("partner", body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, get(APPLICATIONS + "/" + json(created.body()).getString("receiptNumber"), "zhangsan").statusCode());
        // a wrong name under a known number files nothing under somebody else
        long before = count("SELECT COUNT(*) FROM application");
        assertProblem(submit("partner", body.replace("张三", "李四")), 422);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void aPartnerRegistersOnlyForItsOwnDepartmentsMattersAndNamesTheApplicant() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        String other = "{\"matterCode\": \"SWUJ-001\", \"applicant\": {\"type\": \"PERSON\", \"name\": \"窗口乙\", \"idNumber\": \""
                + Files.newIdNumber() + "\"}, \"form\": {}}";
        assertProblem(submit("partner", other), 403);
        assertProblem(submit("partner", VALID), 400);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void anApplicantMayNameOnlyThemselves() throws Exception {
        String me = "{\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"ENTERPRISE\", \"name\": \"东莞示例科技有限公司\", "
                + "\"creditCode\": \"91441900MA4W1XY90T\"}, \"form\": " + SampleForms.constructionPermitJson() + "}";
        assertEquals(201, submit("qiye", me).statusCode());
        long before = count("SELECT COUNT(*) FROM application");
        assertProblem(submit("zhangsan", me), 422);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void theApplicationIsReadByItsOwnerAndItsDepartmentOnly() throws Exception {
        String receipt = json(submit("zhangsan", VALID).body()).getString("receiptNumber");
        var owner = get(APPLICATIONS + "/" + receipt, "zhangsan");
        assertEquals(200, owner.statusCode(), owner.body());
        JsonObject application = json(owner.body());
        assertEquals("ACCEPTANCE", application.getJsonArray("tasks").getJsonObject(0).getString("kind"));
        assertEquals(0, application.getJsonArray("materials").size());
        assertEquals(200, get(APPLICATIONS + "/" + receipt, "clerk").statusCode());
        assertEquals(200, get(APPLICATIONS + "/" + receipt, "partner").statusCode());
        assertProblem(get(APPLICATIONS + "/" + receipt, "qiye"), 404);
        assertProblem(get(APPLICATIONS + "/" + receipt, "swuj.clerk"), 404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad JSON                | {\"matterCode\": \"ZJJ-001\", | 400",
            "wrong type              | {\"matterCode\": [\"ZJJ-001\"]} | 400",
            "wrong type in applicant | {\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": 441900199003071238}} | 400",
            "unknown field           | {\"matterCode\": \"ZJJ-001\", \"priority\": \"high\"} | 400",
            "unknown applicant field | {\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": \"441900199003071238\", \"age\": 3}} | 400",
            "invalid ID number       | {\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": \"441900199003071239\"}} | 400",
            "invalid credit code     | {\"matterCode\": \"ZJJ-001\", \"applicant\": {\"type\": \"ENTERPRISE\", \"name\": \"某公司\", \"creditCode\": \"91441900MA4W1XY90A\"}} | 400",
            "unknown matter          | {\"matterCode\": \"NOPE-404\"} | 404",
            "offline-only matter     | {\"matterCode\": \"GAJ-001\"} | 422"})
    void eachKindOfBadInputGetsAProblemAndChangesNothing(String what, String body, int status) throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        var response = submit("zhangsan", body);
        assertProblem(response, status);
        assertEquals(before, count("SELECT COUNT(*) FROM application"), what);
        if (what.contains("ID number")) {
            assertEquals("applicant.idNumber", json(response.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void anOversizeBodyIsRefused() throws Exception {
        long before = count("SELECT COUNT(*) FROM application");
        String big = "{\"matterCode\": \"ZJJ-001\", \"form\": {\"projectName\": \"" + "x".repeat(300 * 1024) + "\"}}";
        assertProblem(submit("zhangsan", big), 400);
        assertEquals(before, count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void materialsAreCheckedByContentAndKeptWithTheirChecksum() throws Exception {
        String receipt = json(submit("zhangsan", VALID).body()).getString("receiptNumber");
        byte[] pdf = Files.pdf();
        var stored = Multipart.upload(receipt, "zhangsan", "施工合同", "contract.pdf", pdf);
        assertEquals(201, stored.statusCode(), stored.body());
        JsonObject material = json(stored.body());
        assertEquals(Files.sha256(pdf), material.getString("sha256"));
        assertEquals("application/pdf", material.getString("contentType"));
        assertEquals("施工合同", material.getString("name"));

        var read = json(get(APPLICATIONS + "/" + receipt, "clerk").body());
        assertEquals(Files.sha256(pdf), read.getJsonArray("materials").getJsonObject(0).getString("sha256"));
        var download = send(request(APPLICATIONS + "/" + receipt + "/materials/" + material.getJsonNumber("id"), "clerk").GET());
        assertEquals(200, download.statusCode());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertProblem(get(APPLICATIONS + "/" + receipt + "/materials/" + material.getJsonNumber("id"), "qiye"), 404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a program named .pdf  | 施工合同   | setup.pdf    | program  | 400",
            "an empty file         | 施工合同   | empty.pdf    | empty    | 400",
            "too large             | 施工合同   | big.pdf      | big      | 400",
            "a text file           | 施工合同   | notes.txt    | pdf      | 400",
            "infected              | 施工合同   | virus.pdf    | infected | 422",
            "unknown material      | 营业执照   | contract.pdf | pdf      | 400"})
    void refusedUploadsStoreNothing(String what, String material, String fileName, String content, int status) throws Exception {
        String receipt = json(submit("zhangsan", VALID).body()).getString("receiptNumber");
        byte[] bytes = switch (content) {
            case "program" -> Files.program();
            case "empty" -> new byte[0];
            case "big" -> Files.bigPdf(8 * 1024 * 1024 + 1);
            case "infected" -> Files.infectedPdf();
            default -> Files.pdf();
        };
        long before = count("SELECT COUNT(*) FROM application_material");
        long contents = count("SELECT COUNT(*) FROM application_material_content");
        assertProblem(Multipart.upload(receipt, "zhangsan", material, fileName, bytes), status);
        assertEquals(before, count("SELECT COUNT(*) FROM application_material"), what);
        assertEquals(contents, count("SELECT COUNT(*) FROM application_material_content"), what);
    }

    @Test
    void onlyTheApplicantOrTheCounterAddsMaterials() throws Exception {
        String receipt = json(submit("zhangsan", VALID).body()).getString("receiptNumber");
        long before = count("SELECT COUNT(*) FROM application_material");
        assertProblem(Multipart.upload(receipt, "qiye", "施工合同", "contract.pdf", Files.pdf()), 404);
        assertProblem(Multipart.upload(receipt, "zhangsan", "施工合同", "contract.pdf", null), 400);
        assertEquals(before, count("SELECT COUNT(*) FROM application_material"));
        assertEquals(201, Multipart.upload(receipt, "partner", "施工合同", "contract.pdf", Files.pdf()).statusCode());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertNotEquals(-1, problem.getString("type").indexOf("https://"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
