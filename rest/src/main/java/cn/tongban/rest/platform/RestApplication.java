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
                description = "东莞市网上行政审批平台接口 — the online administrative approval platform's interface "
                        + "for applicants and for the departments' own systems (第五条). Errors are "
                        + "application/problem+json (RFC 9457). Times are ISO-8601 in China Standard Time.",
                contact = @Contact(name = "市信息化办公室 IT office")),
        servers = @Server(url = "/api"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
