package cn.tongban.it.api;

import cn.tongban.it.Deployments;
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
import java.nio.charset.StandardCharsets;

import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's read side over HTTP: search with filters and paging, and the whole guide of a matter. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MattersApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void searchesByPartOfAWordDepartmentAndKind() throws Exception {
        JsonObject found = get("/api/v1/matters?q=" + encode("施工") + "&department=ZJJ&size=10");
        assertTrue(found.getInt("total") >= 2, found.toString());
        String items = found.getJsonArray("items").toString();
        assertTrue(items.contains("ZJJ-001") && items.contains("ZJJ-003"), items);

        JsonObject services = get("/api/v1/matters?kind=PUBLIC_SERVICE&size=100");
        assertTrue(services.getJsonArray("items").stream()
                .allMatch(m -> m.asJsonObject().getString("kind").equals("PUBLIC_SERVICE")));

        JsonObject page = get("/api/v1/matters?q=" + encode("施工") + "&department=ZJJ&page=1&size=1");
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(found.getJsonArray("items").getJsonObject(1).getString("code"),
                page.getJsonArray("items").getJsonObject(0).getString("code"));
    }

    @Test
    void theGuideHasEverythingACitizenNeeds() throws Exception {
        JsonObject guide = get("/api/v1/matters/ZJJ-003");
        assertEquals("PARALLEL", guide.getJsonObject("process").getString("type"));
        var branches = guide.getJsonObject("process").getJsonArray("parallelBranches");
        assertEquals(3, branches.size());
        assertTrue(branches.getJsonObject(0).getBoolean("prerequisite"));
        assertTrue(guide.getJsonArray("materials").size() > 0);
        assertTrue(guide.getJsonArray("legalBasis").size() > 0);
        assertTrue(guide.getJsonObject("form").getJsonArray("fields").size() > 0);
        assertEquals(45, guide.getInt("statutoryDays"));
        assertTrue(guide.getInt("version") >= 1);

        JsonObject offline = get("/api/v1/matters/GAJ-001");
        assertEquals("OFFLINE_ONLY", offline.getString("onlineLevel"));
        assertTrue(offline.getJsonObject("contacts").containsKey("address"));
    }

    @Test
    void badQueriesAreProblems() throws Exception {
        for (String path : new String[]{"/api/v1/matters?kind=MAGIC", "/api/v1/matters?size=0", "/api/v1/matters?page=-1"}) {
            var response = send(request(path).GET());
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    private static JsonObject get(String path) throws Exception {
        var response = send(request(path).GET());
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
