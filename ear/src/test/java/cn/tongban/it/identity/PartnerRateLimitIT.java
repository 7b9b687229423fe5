package cn.tongban.it.identity;

import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.Tls;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static cn.tongban.it.identity.PartnerIdentityIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-partner rate limit: the tests' server allows the partner system {@code rate.limited} 5 requests a minute
 * ({@code tongban.partner.rate-limit.requests.rate.limited}, arquillian.xml), the other partners the default. The
 * test adds that account itself (a partner system of 水务局 with the demo password), signing in with Basic, which
 * the tests allow partners; the limit counts a partner's requests whichever way it signed in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerRateLimitIT {

    private static final int LIMIT = 5;
    private static final String PARTNER = "rate.limited";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void limitedPartner() throws Exception {
        Tls.update("INSERT INTO account (id, username, password_hash, display_name, kind, department_id, training_passed, "
                + "enabled, created_at, version) SELECT nextval('account_seq'), '" + PARTNER + "', a.password_hash, "
                + "'限流测试系统', 'SYSTEM', d.id, FALSE, TRUE, CURRENT_TIMESTAMP, 0 FROM account a, department d "
                + "WHERE a.username = 'zhangsan' AND d.code = 'SWUJ' "
                + "AND NOT EXISTS (SELECT 1 FROM account x WHERE x.username = '" + PARTNER + "')");
        Tls.update("INSERT INTO account_role (account_id, role) SELECT id, 'PARTNER' FROM account WHERE username = '"
                + PARTNER + "' AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = account.id)");
    }

    @Test
    void aPartnerOverItsLimitIsToldToRetryLaterAndOthersAreNotAffected() throws Exception {
        HttpClient client = Tls.client(null);
        var first = get(client, "/api/v1/me");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(PARTNER, json(first.body()).getString("username"));

        // Within one window at most LIMIT requests pass; a window may end during the test, so allow two.
        HttpResponse<String> refused = null;
        for (int i = 1; i <= 2 * LIMIT + 1 && refused == null; i++) {
            var response = get(client, "/api/v1/me");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode(), response.body());
            }
        }
        assertNotNull(refused, "no 429 after " + (2 * LIMIT + 2) + " requests");
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        JsonObject problem = json(refused.body());
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("type").endsWith("/partner.rateLimited"), refused.body());

        // Another partner and anonymous callers go on.
        assertEquals(200, PartnerIdentityIT.get(Tls.client("partner"), "/api/v1/me").statusCode());
        for (int i = 0; i < 2 * LIMIT; i++) {
            assertEquals(200, PartnerIdentityIT.get(client, "/api/v1/matters?size=1").statusCode());
        }
    }

    /** A request of the limited partner, signed in with Basic. */
    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((PARTNER + ":" + As.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return PartnerIdentityIT.send(client, Tls.request(path).header("Authorization", "Basic " + credentials).GET());
    }
}
