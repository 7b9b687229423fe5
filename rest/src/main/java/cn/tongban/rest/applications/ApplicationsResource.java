package cn.tongban.rest.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.boundary.Submissions;
import cn.tongban.applications.entity.ApplicantIdentity;
import cn.tongban.applications.entity.IdempotencyKey;
import cn.tongban.applications.entity.SubmissionReceipt;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import cn.tongban.rest.platform.JsonRequest;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Online application (网上申报, 第四条), counter registration by partners (第五条), and reading one's application. */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Submitting and following applications")
@SecurityRequirement(name = "basic")
@SignedIn
public class ApplicationsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String SUBMISSION_EXAMPLE = """
            {"receiptNumber": "20261125-ZJJ-7K3QM2XAP", "queryCode": "7K3QM2XA", "status": "SUBMITTED",
             "submittedAt": "2026-11-25T09:30:00+08:00", "promisedDue": "2026-12-07"}""";

    private static final String APPLICATION_EXAMPLE = """
            {"receiptNumber": "20261125-ZJJ-7K3QM2XAP", "matterCode": "ZJJ-001", "matterName": "建筑工程施工许可证核发",
             "department": "ZJJ", "status": "SUBMITTED", "submittedAt": "2026-11-25T09:30:00+08:00", "acceptedAt": null,
             "form": {"projectName": "东莞市南城区示范学校教学楼工程", "floorArea": "12500.5"},
             "timeline": [{"at": "2026-11-25T09:30:00+08:00", "step": "SUBMITTED", "from": null, "to": "SUBMITTED",
                           "department": "ZJJ", "task": null, "opinion": null, "legalBasis": null}],
             "materials": [], "tasks": [], "queryCode": null}""";

    @EJB
    Applications applications;

    @EJB
    Submissions submissions;

    @EJB
    Materials materials;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitApplication", summary = "Submit an application",
            description = "An APPLICANT submits in their own name; a PARTNER registers an application at its department's "
                    + "counter for an applicant named by resident ID or credit code, for a matter its department handles. "
                    + "The Idempotency-Key makes the request safe to repeat: the same key with the same body answers the "
                    + "first answer again (query code included), the same key with another body is a conflict. The query "
                    + "code (查询码) for the public status lookup is in this answer only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewApplicationJson.class),
            examples = @ExampleObject(name = "counter registration", value = "{\"matterCode\": \"ZJJ-001\", \"applicant\": "
                    + "{\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": \"441900199003071238\", \"phone\": \"13800138000\"}, "
                    + "\"form\": {}}")))
    @APIResponse(responseCode = "201", description = "Submitted, or the first answer to this Idempotency-Key; Location names "
            + "the application", content = @Content(schema = @Schema(implementation = SubmissionJson.class),
                    examples = @ExampleObject(name = "submitted", value = SUBMISSION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing or invalid Idempotency-Key, malformed JSON, unknown field, "
            + "wrong type, invalid form field or identity number, body over 256 KB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an applicant nor a partner, or a matter of another department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An offline-only matter (第十一条), or an applicant who is not the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Parameter(description = "Any unique text of at most 128 printable ASCII characters, a UUID "
                                   + "for instance; required", required = true)
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           InputStream body) {
        JsonRequest request = JsonRequest.read(body, "matterCode", "applicant", "form");
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        String matterCode = request.requiredText("matterCode");
        var applicant = request.optionalNested("applicant", "type", "name", "idNumber", "creditCode", "phone", "email");
        String type = applicant.map(a -> a.requiredText("type")).orElse(null);
        String name = applicant.map(a -> a.requiredText("name")).orElse(null);
        String idNumber = applicant.map(a -> a.optionalText("idNumber")).orElse(null);
        String creditCode = applicant.map(a -> a.optionalText("creditCode")).orElse(null);
        String phone = applicant.map(a -> a.optionalText("phone")).orElse(null);
        String email = applicant.map(a -> a.optionalText("email")).orElse(null);
        var form = request.optionalObject("form");
        request.check();
        ApplicantIdentity identity = applicant.isEmpty() ? null
                : ApplicantIdentity.of(type, name, idNumber, creditCode, phone, email, LocalDate.now(clock));
        SubmissionReceipt receipt = submissions.submit(matterCode, identity, form.orElse(null), key);
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.receiptNumber()).build())
                .entity(SubmissionJson.of(receipt))
                .header("Idempotent-Replayed", receipt.replayed())
                .build();
    }

    @GET
    @Path("{receiptNumber}")
    @Operation(operationId = "getApplication", summary = "One application",
            description = "For its applicant and the staff and partner systems of the departments involved (the owning "
                    + "department and every branch department); anyone else is told it does not exist.")
    @APIResponse(responseCode = "200", description = "The application with its materials, tasks and timeline",
            content = @Content(schema = @Schema(implementation = ApplicationJson.class),
                    examples = @ExampleObject(name = "submitted", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationJson one(@PathParam("receiptNumber") String receiptNumber) {
        var application = applications.byReceiptNumber(receiptNumber);
        return ApplicationJson.of(application, applications.timeline(receiptNumber), materials.of(receiptNumber));
    }

    @POST
    @Path("{receiptNumber}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachMaterial", summary = "Hand in a material",
            description = "A file for one of the matter's materials (part 'name': the material's name in the guide; part "
                    + "'file': the file), by the applicant or the partner of the owning department, while the application "
                    + "waits for acceptance or for corrections (补正). PDF, Word, Excel, PNG and JPEG, told from the content; "
                    + "no macros; within the size limits; scanned for viruses.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, properties = {
            @SchemaProperty(name = "name", type = SchemaType.STRING, description = "The material's name in the guide"),
            @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary")})))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = MaterialJson.class),
            examples = @ExampleObject(name = "stored", value = """
                    {"id": 150, "name": "施工合同", "fileName": "施工合同.pdf", "contentType": "application/pdf", "size": 183422,
                     "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     "uploadedAt": "2026-11-25T09:41:00+08:00"}""")))
    @APIResponse(responseCode = "400", description = "No file, an unknown material, a refused type, an empty or too large file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The application takes no materials now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The virus scan refused the file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("receiptNumber") String receiptNumber, List<EntityPart> parts) throws IOException {
        String name = null;
        EntityPart file = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "name" -> name = part.getContent(String.class);
                case "file" -> file = part;
                default -> throw BusinessException.invalidFields(List.of(new Violation(part.getName(), "field.unknown")));
            }
        }
        if (file == null) {
            throw BusinessException.invalid("material.fileMissing");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            // one byte over the limit is enough to refuse; the rest is never read into memory
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, materials.maxBytes() + 1));
        }
        var material = materials.attach(receiptNumber, name, file.getFileName().orElse(null), content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(material.getId())).build())
                .entity(MaterialJson.of(material)).build();
    }

    @GET
    @Path("{receiptNumber}/materials/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadMaterial", summary = "Download a material", description = "For whoever may read the application.")
    @APIResponse(responseCode = "200", description = "The file as uploaded")
    @APIResponse(responseCode = "404", description = "No such file, or not the caller's to read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("receiptNumber") String receiptNumber, @PathParam("id") long id) {
        var file = materials.download(id);
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", file.fileName().contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(file.sha256())))
                .build();
    }
}
