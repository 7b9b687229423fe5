package cn.tongban.it.identity;

import cn.tongban.it.Deployments;
import cn.tongban.it.Tls;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import static cn.tongban.it.identity.PartnerIdentityIT.get;
import static cn.tongban.it.identity.PartnerIdentityIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-partner rate limit: the tests' server allows swuj.partner 5 requests a minute
 * ({@code tongban.partner.rate-limit.requests.swuj.partner}, arquillian.xml), the other partners the default.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerRateLimitIT {

    private static final int LIMIT = 5;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPartnerOverItsLimitIsToldToRetryLaterAndOthersAreNotAffected() throws Exception {
        HttpClient swuj = Tls.client("swuj.partner");
        var first = get(swuj, "/api/v1/matters?size=1");
        assertEquals(200, first.statusCode(), first.body());

        // Within one window at most LIMIT requests pass; a window may end during the test, so allow two.
        HttpResponse<String> refused = null;
        for (int i = 1; i <= 2 * LIMIT + 1 && refused == null; i++) {
            var response = get(swuj, "/api/v1/matters?size=1");
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

        // Another partner and an applicant go on.
        assertEquals(200, get(Tls.client("partner"), "/api/v1/matters?size=1").statusCode());
        HttpClient browser = Tls.client(null);
        for (int i = 0; i < 2 * LIMIT; i++) {
            assertEquals(200, get(browser, "/api/v1/matters?size=1").statusCode());
        }
    }
}
