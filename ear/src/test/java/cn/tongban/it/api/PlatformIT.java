package cn.tongban.it.api;

import cn.tongban.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;

import static cn.tongban.it.Http.request;
import static cn.tongban.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operations and partners rely on: the API description, the health probes, HTTPS. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOpenApiDocumentDescribesTheOperations() throws Exception {
        var response = send(request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, response.statusCode());
        String document = response.body();
        assertTrue(document.contains("/v1/applications"), document);
        assertTrue(document.contains("/v1/matters/{code}"), document);
        assertTrue(document.contains("application/problem+json"), document);
    }

    @Test
    void healthProbesReportTheApplication() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        var ready = client.send(HttpRequest.newBuilder(URI.create("http://localhost:9990/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"tongban.ear\":\"OK\"") && ready.body().contains("ready-deployment.tongban.ear"),
                ready.body());
        var live = client.send(HttpRequest.newBuilder(URI.create("http://localhost:9990/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
    }

    @Test
    void thePortalAnswersOverHttps() throws Exception {
        // The development key store is self-signed; this test checks the listener, not the certificate.
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        var response = client.send(HttpRequest.newBuilder(URI.create("https://localhost:8443/api/v1/matters/ZJJ-001")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("建筑工程施工许可证核发"));
    }
}
