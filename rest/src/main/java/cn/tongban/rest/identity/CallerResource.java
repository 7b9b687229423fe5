package cn.tongban.rest.identity;

import cn.tongban.identity.boundary.Callers;
import cn.tongban.rest.applications.SignedIn;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is signed in as (第二十条): the first call a partner system makes with a new certificate. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "Signing in: client certificates of partner systems, HTTP Basic")
@SecurityRequirement(name = "mutualTLS")
@SecurityRequirement(name = "basic")
@SignedIn
public class CallerResource {

    @EJB
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "getCaller", summary = "The signed-in caller",
            description = "The account the request's client certificate (CN = username, issued by the platform's CA) or "
                    + "Basic credentials were mapped to, its department and roles. A partner system calls it to check "
                    + "its certificate before anything else.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerJson.class),
                    examples = @ExampleObject(name = "partner system", value = """
                            {"username": "partner", "displayName": "住建局业务系统", "kind": "SYSTEM", "department": "ZJJ",
                             "roles": ["PARTNER"], "signIn": "CLIENT_CERT"}""")))
    @APIResponse(responseCode = "401", description = "No certificate and no credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "anonymous", value = """
                            {"type": "https://tongban.dongguan.gov.cn/problems/account.notSignedIn", "title": "Unauthorized",
                             "status": 401, "detail": "请先登录。"}""")))
    @APIResponse(responseCode = "403", description = "A revoked certificate, or Basic credentials of a partner system where "
            + "tongban.partner.basic-enabled is off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "revoked certificate", value = """
                            {"type": "https://tongban.dongguan.gov.cn/problems/partner.certificateRevoked", "title": "Forbidden",
                             "status": 403, "detail": "此客户端证书已被吊销或其业务系统账户已停用，不能再调用接口；请联系市信息化办公室办理新证书。"}""")))
    public CallerJson current() {
        return CallerJson.of(callers.current(), security.getAuthenticationScheme());
    }
}
