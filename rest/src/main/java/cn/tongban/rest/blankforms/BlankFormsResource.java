package cn.tongban.rest.blankforms;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import cn.tongban.blankforms.boundary.BlankFormDownload;
import cn.tongban.blankforms.boundary.BlankForms;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A matter's blank forms and samples (表格下载, 第四条); public. */
@Path("matters/{code}/forms")
@RequestScoped
@Tag(name = "Catalogue", description = "Matters and their service guides; public")
public class BlankFormsResource {

    @EJB
    BlankForms blankForms;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMatterForms", summary = "A matter's forms", description = "The blank forms, then the samples, of the matter, by name.")
    @APIResponse(responseCode = "200", description = "The forms, possibly none",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BlankFormJson.class),
                    examples = @ExampleObject(name = "one form", value = """
                            [{"name": "建筑工程施工许可证申请表.docx", "kind": "BLANK_FORM",
                              "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "size": 1432,
                              "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                              "uploadedAt": "2026-11-25T10:15:30+08:00",
                              "href": "/api/v1/matters/ZJJ-001/forms/%E5%BB%BA%E7%AD%91%E5%B7%A5%E7%A8%8B%E6%96%BD%E5%B7%A5%E8%AE%B8%E5%8F%AF%E8%AF%81%E7%94%B3%E8%AF%B7%E8%A1%A8.docx"}]""")))
    @APIResponse(responseCode = "404", description = "No such matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BlankFormJson> list(@PathParam("code") String code) {
        return blankForms.ofMatter(code).stream().map(f -> BlankFormJson.of(code, f)).toList();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadMatterForm", summary = "Download a form",
            description = "The file, as an attachment under its name (RFC 6266 filename* in UTF-8), with the type its "
                    + "content was checked to be. The ETag is the SHA-256; If-None-Match with it answers 304.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {@Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "a Word form", description = "The file's bytes, e.g. a .docx",
                            externalValue = "/api/v1/matters/ZJJ-001/forms/%E5%BB%BA%E7%AD%91%E5%B7%A5%E7%A8%8B%E6%96%BD%E5%B7%A5%E8%AE%B8%E5%8F%AF%E8%AF%81%E7%94%B3%E8%AF%B7%E8%A1%A8.docx")))
    @APIResponse(responseCode = "304", description = "The copy named in If-None-Match is current")
    @APIResponse(responseCode = "404", description = "No such matter, or no form of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("code") String code, @PathParam("name") String name,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        BlankFormDownload form = blankForms.download(code, name);
        Response.ResponseBuilder answer = form.matches(ifNoneMatch)
                ? Response.notModified()
                : Response.ok(form.content(), form.contentType())
                        .header("Content-Disposition", form.contentDisposition())
                        .header("Content-Security-Policy", "default-src 'none'; sandbox");
        return answer.header("ETag", form.etag())
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
