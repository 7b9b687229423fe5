package cn.tongban.rest.notices;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(operationId = "verifyNotice", summary = "Verify a notice",
            description = "By the number and the verification code printed on it. A wrong code answers like an unknown number.")
    @APIResponse(responseCode = "200", description = "Genuine",
            content = @Content(schema = @Schema(implementation = NoticeVerificationJson.class),
                    examples = @ExampleObject(name = "a decision", value = """
                            {"number": "ZJJ-2026-000123", "kind": "DECISION", "receiptNumber": "20261125-ZJJ-7K3QM2XAP",
                             "issuedAt": "2026-11-27T16:20:00+08:00", "issuer": "东莞市住房和城乡建设局"}""")))
    @APIResponse(responseCode = "400", description = "Number or code missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No notice with this number and code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NoticeVerificationJson verify(
            @Parameter(description = "the notice's number, printed on it", example = "ZJJ-2026-000123") @QueryParam("number") String number,
            @Parameter(description = "the verification code printed beside it", example = "Q7M3K9XA") @QueryParam("code") String code) {
        return notices.verify(number, code).map(NoticeVerificationJson::of)
                .orElseThrow(() -> BusinessException.notFound("notice.notVerified"));
    }
}
