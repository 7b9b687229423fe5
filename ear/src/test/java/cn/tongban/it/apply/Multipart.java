package cn.tongban.it.apply;

import cn.tongban.it.Http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data upload of one material (a "name" part and a "file" part) through the API. */
final class Multipart {

    private Multipart() {
    }

    static HttpResponse<String> upload(String receipt, String username, String materialName, String fileName, byte[] content)
            throws Exception {
        String boundary = "----tongban" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (materialName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + materialName + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return Http.send(Http.request("/api/v1/applications/" + receipt + "/materials", username)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
