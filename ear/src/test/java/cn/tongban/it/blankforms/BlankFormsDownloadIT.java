package cn.tongban.it.blankforms;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;

import static cn.tongban.it.blankforms.Samples.MATTER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Downloading a form as a browser or a client program does, from the portal's address and from the API,
 * against the real EAR. Each test stores its own form straight into the test database, so that what is
 * checked is exactly the bytes served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlankFormsDownloadIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void thePortalServesTheExactFileUnderItsChineseName() throws Exception {
        String name = Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);
        store(name, "application/pdf", pdf);

        HttpResponse<byte[]> answer = get("/forms/" + MATTER + "/" + segment(name), null);

        assertDownload(answer, name, "application/pdf", pdf);
    }

    @Test
    void theApiServesTheExactFileUnderItsChineseName() throws Exception {
        String name = Samples.uniqueName("docx");
        byte[] docx = Samples.docx("表格");
        String type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        store(name, type, docx);

        HttpResponse<byte[]> answer = get("/api/v1/matters/" + MATTER + "/forms/" + segment(name), null);

        assertDownload(answer, name, type, docx);
    }

    @Test
    void aCurrentCopyIsNotSentAgain() throws Exception {
        String name = Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);
        store(name, "application/pdf", pdf);
        String etag = "\"" + Samples.sha256(pdf) + "\"";

        for (String path : new String[]{"/forms/" + MATTER + "/" + segment(name),
                "/api/v1/matters/" + MATTER + "/forms/" + segment(name)}) {
            HttpResponse<byte[]> current = get(path, etag);
            assertEquals(304, current.statusCode(), path);
            assertEquals(0, current.body().length, path);
            assertEquals(etag, current.headers().firstValue("ETag").orElseThrow(), path);
            assertEquals(200, get(path, "\"" + "0".repeat(64) + "\"").statusCode(), path);
        }
    }

    @Test
    void theApiListsTheMattersForms() throws Exception {
        String name = Samples.uniqueName("pdf");
        byte[] pdf = Samples.pdf(name);
        store(name, "application/pdf", pdf);

        HttpResponse<String> answer = Http.send(Http.request("/api/v1/matters/" + MATTER + "/forms").GET());

        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray forms = Json.createReader(new StringReader(answer.body())).readArray();
        JsonObject form = forms.getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals("SAMPLE", form.getString("kind"));
        assertEquals("application/pdf", form.getString("contentType"));
        assertEquals(pdf.length, form.getJsonNumber("size").longValue());
        assertEquals(Samples.sha256(pdf), form.getString("sha256"));
        assertTrue(form.getString("uploadedAt").endsWith("+08:00"), form.getString("uploadedAt"));
        assertEquals("/api/v1/matters/" + MATTER + "/forms/" + segment(name), form.getString("href"));
        assertArrayEquals(pdf, get(form.getString("href"), null).body());
        assertTrue(forms.getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("name").equals("建筑工程施工许可证申请表.docx")), "the demo's blank form");
    }

    @Test
    void unknownFormsAndMattersAreNotFound() throws Exception {
        assertProblem(Http.send(Http.request("/api/v1/matters/" + MATTER + "/forms/" + segment("无此表格.pdf")).GET()));
        assertProblem(Http.send(Http.request("/api/v1/matters/NOPE-1/forms/" + segment("申请表.pdf")).GET()));
        assertProblem(Http.send(Http.request("/api/v1/matters/NOPE-1/forms").GET()));
        assertEquals(404, get("/forms/" + MATTER + "/" + segment("无此表格.pdf"), null).statusCode());
        assertEquals(404, get("/forms/NOPE-1/a.pdf", null).statusCode());
        assertEquals(404, get("/forms/" + MATTER, null).statusCode());
        assertEquals(404, get("/forms/", null).statusCode());
    }

    @Test
    void theGuideLinksToTheForms() throws Exception {
        String name = Samples.uniqueName("pdf");
        store(name, "application/pdf", Samples.pdf(name));

        HttpResponse<String> guide = Http.send(Http.request("/matter.xhtml?code=" + MATTER).GET());

        assertEquals(200, guide.statusCode());
        assertTrue(guide.body().contains("表格下载"), "the section's heading");
        assertTrue(guide.body().contains("href=\"/forms/" + MATTER + "/" + segment(name) + "\""), "the link to the form");
        assertTrue(guide.body().contains("建筑工程施工许可证申请表.docx"), "the demo's blank form");
    }

    @Test
    void theOpenApiDocumentDescribesTheDownload() throws Exception {
        HttpResponse<String> answer = Http.send(Http.request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, answer.statusCode());
        JsonObject paths = Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("paths");
        JsonObject download = paths.getJsonObject("/api/v1/matters/{code}/forms/{name}").getJsonObject("get");
        assertTrue(download.getJsonObject("responses").containsKey("404"), download.toString());
        assertTrue(download.getJsonObject("responses").containsKey("304"), download.toString());
        assertTrue(paths.containsKey("/api/v1/matters/{code}/forms"), paths.keySet().toString());
    }

    private static void assertDownload(HttpResponse<byte[]> answer, String name, String type, byte[] content) {
        assertEquals(200, answer.statusCode());
        assertEquals(type, answer.headers().firstValue("Content-Type").orElseThrow());
        String disposition = answer.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        assertTrue(disposition.endsWith("; filename*=UTF-8''" + rfc5987(name)), disposition);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-cache", answer.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("default-src 'none'; sandbox", answer.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("\"" + Samples.sha256(content) + "\"", answer.headers().firstValue("ETag").orElseThrow());
        assertEquals(String.valueOf(content.length), answer.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(content, answer.body());
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertEquals(404, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(404, Json.createReader(new StringReader(answer.body())).readObject().getInt("status"));
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = Http.request(path).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A path segment: UTF-8, percent-encoded, spaces as %20. */
    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** RFC 5987's encoding, written out independently of the application's. */
    private static String rfc5987(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append(String.format("%%%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** Stores a sample form of the matter the way the service would, straight into the test database. */
    private static void store(String name, String contentType, byte[] content) throws SQLException {
        try (var c = DriverManager.getConnection(System.getProperty("tongban.test.db.url"),
                System.getProperty("tongban.test.db.user"), System.getProperty("tongban.test.db.password"))) {
            c.setAutoCommit(false);
            long id;
            try (var rs = c.createStatement().executeQuery("SELECT nextval('blank_form_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (var form = c.prepareStatement("INSERT INTO blank_form (id, matter_id, file_name, kind, content_type, "
                    + "size_bytes, sha256, uploaded_by_name, uploaded_at) "
                    + "SELECT ?, id, ?, 'SAMPLE', ?, ?, ?, 'test', now() FROM matter WHERE code = ?");
                 var bytes = c.prepareStatement("INSERT INTO blank_form_content (blank_form_id, content) VALUES (?, ?)")) {
                form.setLong(1, id);
                form.setString(2, name);
                form.setString(3, contentType);
                form.setLong(4, content.length);
                form.setString(5, Samples.sha256(content));
                form.setString(6, MATTER);
                assertEquals(1, form.executeUpdate());
                bytes.setLong(1, id);
                bytes.setBytes(2, content);
                bytes.executeUpdate();
            }
            c.commit();
        }
    }
}
