package cn.tongban.it.identity;

import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.it.Tls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 第二十条: partner systems sign in with the client certificate the platform's CA issued to their PARTNER account,
 * over mutual TLS on 8443; other certificates are refused; Basic stays for applicants and staff (and, in the
 * tests, for partners).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerIdentityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aKnownPartnerCertificateSignsInAsItsPartnerAccount() throws Exception {
        HttpClient partner = Tls.client("partner");
        var me = get(partner, "/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject caller = json(me.body());
        assertEquals("partner", caller.getString("username"));
        assertEquals("ZJJ", caller.getString("department"));
        assertEquals("CLIENT_CERT", caller.getString("signIn"));
        assertEquals("[\"PARTNER\"]", caller.getJsonArray("roles").toString());

        // The PARTNER role reaches the EJBs: an unknown application is "not found", not "forbidden".
        var application = get(partner, "/api/v1/applications/TB-NO-SUCH-NUMBER");
        assertEquals(404, application.statusCode(), application.body());

        var otherPartner = get(Tls.client("swuj.partner"), "/api/v1/me");
        assertEquals(200, otherPartner.statusCode(), otherPartner.body());
        assertEquals("SWUJ", json(otherPartner.body()).getString("department"));
    }

    @Test
    void aCertificateOfAnUnknownCaIsRefusedEvenWhenItNamesAKnownPartner() throws Exception {
        HttpClient stranger = Tls.client("stranger");
        try {
            var me = get(stranger, "/api/v1/me");
            // Some TLS stacks let the handshake end and refuse the identity instead: never the partner's answer.
            assertNotEquals(200, me.statusCode(), me.body());
            assertTrue(me.statusCode() == 401 || me.statusCode() == 403, me.statusCode() + " " + me.body());
        } catch (IOException refusedByTls) {
            // the handshake failed: the server does not trust the certificate's issuer
        }
    }

    @Test
    void aRevokedPartnerCertificateIsRefusedWithAProblem() throws Exception {
        var me = send(Tls.client("partner.old"), Tls.request("/api/v1/me").header("Accept-Language", "en").GET());
        assertEquals(403, me.statusCode(), me.body());
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(me.body());
        assertTrue(problem.getString("type").endsWith("/partner.certificateRevoked"), me.body());
        assertTrue(problem.getString("detail").contains("revoked"), me.body());
    }

    @Test
    void aRevocationHoldsFromTheNextRequest() throws Exception {
        HttpClient swuj = Tls.client("swuj.partner");
        assertEquals(200, get(swuj, "/api/v1/me").statusCode());
        try {
            assertEquals(1, Tls.update("INSERT INTO partner_certificate_revocation (account_id, revoked_at, reason) "
                    + "SELECT id, CURRENT_TIMESTAMP, 'PartnerIdentityIT' FROM account WHERE username = 'swuj.partner'"));
            var refused = get(swuj, "/api/v1/me");
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("partner.certificateRevoked"), refused.body());
        } finally {
            Tls.update("DELETE FROM partner_certificate_revocation WHERE reason = 'PartnerIdentityIT'");
        }
        assertEquals(200, get(swuj, "/api/v1/me").statusCode());
    }

    @Test
    void browsersWithoutACertificateAreNotBotheredAndAnonymousCallersAreAskedToSignIn() throws Exception {
        HttpClient browser = Tls.client(null);
        var guide = get(browser, "/api/v1/matters/ZJJ-001");
        assertEquals(200, guide.statusCode(), guide.body());
        var me = get(browser, "/api/v1/me");
        assertEquals(401, me.statusCode(), me.body());
        assertTrue(me.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), me.headers().toString());
    }

    @Test
    void basicCredentialsSignInApplicantsAndStaffAndPartnersWhileSwitchedOn() throws Exception {
        HttpClient client = Tls.client(null);
        for (String username : new String[]{"zhangsan", "clerk", "partner"}) {
            var me = send(client, Tls.request("/api/v1/me").header("Authorization", basic(username)).GET());
            assertEquals(200, me.statusCode(), username + ": " + me.body());
            assertEquals(username, json(me.body()).getString("username"));
            assertEquals("BASIC", json(me.body()).getString("signIn"));
        }
        // and over plain HTTP too, as the other tests do
        assertEquals(200, Http.get("/api/v1/me", "partner").statusCode());
    }

    @Test
    void wrongBasicCredentialsAreRefused() throws Exception {
        var me = send(Tls.client(null), Tls.request("/api/v1/me")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("partner:wrong".getBytes(StandardCharsets.UTF_8))).GET());
        assertEquals(401, me.statusCode(), me.body());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + As.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return send(client, Tls.request(path).GET());
    }

    static HttpResponse<String> send(HttpClient client, java.net.http.HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
