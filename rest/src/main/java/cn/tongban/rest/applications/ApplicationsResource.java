package cn.tongban.rest.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.rest.platform.JsonRequest;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/** Online application (网上申报) and reading one's application back. */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Submitting and following applications")
@SecurityRequirement(name = "basic")
@SignedIn
public class ApplicationsResource {

    private static final String APPLICATION_EXAMPLE = """
            {"receiptNumber": "20261125-ZJJ-7K3QM2XAP", "matterCode": "ZJJ-001", "matterName": "建筑工程施工许可证核发",
             "department": "ZJJ", "status": "SUBMITTED", "submittedAt": "2026-11-25T09:30:00+08:00", "acceptedAt": null,
             "form": {"projectName": "东莞市南城区示范学校教学楼工程", "floorArea": "12500.5"},
             "timeline": [{"at": "2026-11-25T09:30:00+08:00", "step": "SUBMITTED", "from": null, "to": "SUBMITTED",
                           "department": "ZJJ", "task": null, "opinion": null, "legalBasis": null}],
             "queryCode": "7K3QM2XA"}""";

    @EJB
    Applications applications;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitApplication", summary = "Submit an application",
            description = "Submits an application in the signed-in applicant's name and returns it with its receipt number "
                    + "and its query code (查询码) for the public status lookup; the code is in this answer only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewApplicationJson.class),
            examples = @ExampleObject(name = "construction permit", value = "{\"matterCode\": \"ZJJ-001\"}")))
    @APIResponse(responseCode = "201", description = "Submitted; Location names the new application",
            content = @Content(schema = @Schema(implementation = ApplicationJson.class),
                    examples = @ExampleObject(name = "submitted", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field or missing matterCode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an applicant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The matter is handled offline only (第十一条)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(InputStream body) {
        JsonRequest request = JsonRequest.read(body, "matterCode", "form");
        String matterCode = request.requiredText("matterCode");
        var form = request.optionalObject("form");
        request.check();
        var application = applications.submit(matterCode, form.orElse(null));
        String receipt = application.getReceiptNumber().value();
        return Response.created(uri.getAbsolutePathBuilder().path(receipt).build())
                .entity(ApplicationJson.of(application, applications.timeline(receipt)))
                .build();
    }

    @GET
    @Path("{receiptNumber}")
    @Operation(operationId = "getApplication", summary = "One application",
            description = "For its applicant and the staff of its department; anyone else is told it does not exist.")
    @APIResponse(responseCode = "200", description = "The application with its timeline",
            content = @Content(schema = @Schema(implementation = ApplicationJson.class),
                    examples = @ExampleObject(name = "submitted", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationJson one(@PathParam("receiptNumber") String receiptNumber) {
        var application = applications.byReceiptNumber(receiptNumber);
        return ApplicationJson.of(application, applications.timeline(receiptNumber));
    }
}
