package cn.tongban.it.api;

import cn.tongban.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served OpenAPI document describes every operation well enough to write a client from it alone (issue E):
 * each has an operationId and a summary, an example of its request body and of every JSON answer, errors
 * included; the two ways of signing in are described.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject document;

    @BeforeAll
    static void fetch() throws Exception {
        var response = send(request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        }
    }

    @Test
    void everyOperationHasAnIdASummaryAndExamplesOfItsBodyAndAnswers() {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                String id = operation.getString("operationId", "");
                if (id.isBlank()) {
                    missing.add(name + ": operationId");
                } else if (!ids.add(id)) {
                    missing.add(name + ": operationId " + id + " used twice");
                }
                if (operation.getString("summary", "").isBlank()) {
                    missing.add(name + ": summary");
                }
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null && body.containsKey("content")) {
                    body.getJsonObject("content").forEach((type, media) -> {
                        if (type.contains("json") && !illustrated(media.asJsonObject())) {
                            missing.add(name + ": example of the " + type + " request body");
                        }
                    });
                }
                JsonObject responses = operation.getJsonObject("responses");
                boolean anyExample = false;
                for (Map.Entry<String, JsonValue> answer : responses.entrySet()) {
                    JsonObject content = answer.getValue().asJsonObject().getJsonObject("content");
                    if (content == null) {
                        continue;
                    }
                    for (Map.Entry<String, JsonValue> media : content.entrySet()) {
                        boolean illustrated = illustrated(media.getValue().asJsonObject());
                        anyExample |= illustrated;
                        if (media.getKey().contains("json") && !illustrated) {
                            missing.add(name + ": example of the " + answer.getKey() + " " + media.getKey() + " answer");
                        }
                    }
                }
                if (!anyExample) {
                    missing.add(name + ": no example in any answer");
                }
            }
        }
        assertTrue(operations >= 8, "only " + operations + " operations");
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void theWaysOfSigningInAreDescribed() {
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("mutualTLS", schemes.getJsonObject("mutualTLS").getString("type"));
        assertEquals("http", schemes.getJsonObject("basic").getString("type"));
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertTrue(document.getJsonObject("info").getString("description").contains("429"));
    }

    @Test
    void signedInOperationsDocumentTheRateLimit() {
        JsonObject me = document.getJsonObject("paths").entrySet().stream()
                .filter(path -> path.getKey().endsWith("/v1/me")).findFirst().orElseThrow()
                .getValue().asJsonObject().getJsonObject("get");
        JsonObject tooMany = me.getJsonObject("responses").getJsonObject("429");
        assertTrue(tooMany.getJsonObject("headers").containsKey("Retry-After"), tooMany.toString());
        assertTrue(tooMany.toString().contains("partner.rateLimited"), tooMany.toString());
    }

    private static boolean illustrated(JsonObject media) {
        return media.containsKey("example")
                || (media.containsKey("examples") && !media.getJsonObject("examples").isEmpty());
    }
}
