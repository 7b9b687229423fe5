package cn.tongban.rest.applications;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import cn.tongban.lookup.boundary.PublicStatus;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public status lookup (结果反馈, 第四、十三条): no sign-in, the receipt number and the query code instead. A
 * resource of its own, outside {@link SignedIn}, under the path of the applications.
 */
@Path("applications/{receiptNumber}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationStatusResource {

    @EJB
    PublicStatus publicStatus;

    @GET
    @SecurityRequirements
    @Operation(operationId = "getPublicStatus", summary = "Public status of an application",
            description = "Without signing in: the status and the public timeline of the application with this receipt "
                    + "number and query code. A wrong code answers exactly as an unknown number; after repeated failures "
                    + "from one address or on one receipt number, lookups are refused for a while, even with the right code.")
    @APIResponse(responseCode = "200", description = "The status and the public timeline",
            content = @Content(schema = @Schema(implementation = PublicStatusJson.class),
                    examples = @ExampleObject(name = "accepted", value = """
                            {"receiptNumber": "20261125-ZJJ-7K3QM2XAP", "matterCode": "ZJJ-001", "matterName": "建筑工程施工许可证核发",
                             "department": "ZJJ", "departmentName": "东莞市住房和城乡建设局", "status": "ACCEPTED",
                             "submittedAt": "2026-11-25T09:30:00+08:00", "promisedDays": 3,
                             "timeline": [{"at": "2026-11-25T09:30:00+08:00", "step": "SUBMITTED", "status": "SUBMITTED",
                                           "department": "ZJJ", "departmentName": "东莞市住房和城乡建设局", "taskName": null,
                                           "opinion": null, "legalBasis": null},
                                          {"at": "2026-11-25T10:05:00+08:00", "step": "ACCEPTED", "status": "ACCEPTED",
                                           "department": "ZJJ", "departmentName": "东莞市住房和城乡建设局", "taskName": "受理",
                                           "opinion": "材料齐全，予以受理。", "legalBasis": null}]}""")))
    @APIResponse(responseCode = "400", description = "The query code is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application with this receipt number and query code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed lookups; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "throttled", value = """
                            {"type": "https://tongban.dongguan.gov.cn/problems/lookup.tooManyAttempts", "title": "Too Many Requests",
                             "status": 429, "detail": "查询失败次数过多，请 15 分钟后再试。"}""")))
    public Response status(@Parameter(description = "the receipt number (办件编号)", example = "20261125-ZJJ-7K3QM2XAP")
                           @PathParam("receiptNumber") String receiptNumber,
                           @Parameter(description = "The query code (查询码) given at submission", example = "7K3QM2XA")
                           @QueryParam("queryCode") String queryCode) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(PublicStatusJson.of(publicStatus.status(receiptNumber, queryCode))).cacheControl(noStore).build();
    }
}
