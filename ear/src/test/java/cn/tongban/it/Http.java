package cn.tongban.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

/** A plain java.net.http client for black-box tests, and a look into the test database. */
public final class Http {

    public static final String BASE = "http://localhost:8080";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
    }

    public static HttpRequest.Builder request(String path, String username) {
        String token = Base64.getEncoder().encodeToString((username + ":" + As.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request(path).header("Authorization", "Basic " + token);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> get(String path, String username) throws Exception {
        return send(request(path, username).GET());
    }

    public static HttpResponse<String> postJson(String path, String username, String json) throws Exception {
        return send(request(path, username).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Submits an application through the API with a fresh Idempotency-Key, as every client must send one. */
    public static HttpResponse<String> submit(String username, String json) throws Exception {
        return submit(username, json, java.util.UUID.randomUUID().toString());
    }

    public static HttpResponse<String> submit(String username, String json, String idempotencyKey) throws Exception {
        return send(request("/api/v1/applications", username).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A single number from the test database, e.g. a row count. */
    public static long count(String sql) throws SQLException {
        try (var c = DriverManager.getConnection(System.getProperty("tongban.test.db.url"),
                System.getProperty("tongban.test.db.user"), System.getProperty("tongban.test.db.password"));
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
