package cn.tongban.rest.notices;

import cn.tongban.notices.boundary.Notices;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/notices/verification?number=&code=}: anyone confirms a notice is genuine (结果反馈, 第四条). */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Verifying the notices and decisions the departments issue")
public class NoticesResource {

    @EJB
    Notices notices;

    @GET
    @Path("verification")
    @Operation(summary = "Verify a notice",
            description = "By the number and the verification code printed on it. A wrong code answers like an unknown number.")
    @APIResponse(responseCode = "200", description = "Genuine",
            content = @Content(schema = @Schema(implementation = NoticeVerificationJson.class)))
    @APIResponse(responseCode = "400", description = "Number or code missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No notice with this number and code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NoticeVerificationJson verify(@QueryParam("number") String number, @QueryParam("code") String code) {
        return notices.verify(number, code).map(NoticeVerificationJson::of)
                .orElseThrow(() -> BusinessException.notFound("notice.notVerified"));
    }
}
