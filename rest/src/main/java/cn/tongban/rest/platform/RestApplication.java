package cn.tongban.rest.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The versioned JSON interface of 第五条: the public catalogue, and applications for signed-in callers.
 * Served under {@code /api/v1}; every error is {@code application/problem+json} (RFC 9457).
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(
        info = @Info(title = "Tongban API", version = "1",
                description = """
                        东莞市网上行政审批平台接口 — the online administrative approval platform's interface for applicants \
                        and for the departments' own systems (第五条).

                        **Signing in (第二十条).** A department's business system (a PARTNER account) presents the client \
                        certificate the platform's CA issued to it, over mutual TLS on port 8443 (security scheme \
                        `mutualTLS`; the certificate's subject CN is the account's username). A certificate of another CA \
                        fails the TLS handshake; a revoked certificate, or a disabled account, is answered 403 \
                        `partner.certificateRevoked`. Applicants and staff use HTTP Basic (`basic`). Partner systems may use \
                        Basic only where the platform switched it on (development and tests), else 403 \
                        `partner.basicDisabled`. `GET /v1/me` tells who a request was signed in as.

                        **Limits.** Each partner system may make a fixed number of requests per minute (1200 by default, \
                        counted per server node); beyond it the answer is 429 `partner.rateLimited` with `Retry-After` in \
                        seconds. Lists are paged with `page` (from 0) and `size` and answer `page`, `size`, `total`, `items`.

                        **Format.** JSON in UTF-8; times are ISO-8601 with their offset, in China Standard Time (+08:00); \
                        unknown fields in a request body are refused. Every error is `application/problem+json` (RFC 9457): \
                        `type` names the problem (its last segment is a stable key such as `lookup.notFound`), `detail` says \
                        what is wrong in Chinese or, with `Accept-Language: en`, in English, and `errors` lists invalid \
                        fields with their messages.""",
                contact = @Contact(name = "市信息化办公室 IT office")),
        servers = @Server(url = "/api"))
@SecurityScheme(securitySchemeName = "mutualTLS", type = SecuritySchemeType.MUTUALTLS,
        description = "第二十条: a partner system presents the client certificate the platform's CA issued to its PARTNER "
                + "account (subject CN = the account's username) on https://…:8443. A certificate from another CA fails the "
                + "TLS handshake; a revoked one is answered 403 (partner.certificateRevoked).")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Applicants and staff: username and password, over HTTPS. Partner systems only where the platform "
                + "allows it (development and tests; tongban.partner.basic-enabled), else 403 (partner.basicDisabled).")
public class RestApplication extends Application {
}
