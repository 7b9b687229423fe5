package cn.tongban.rest.blankforms;

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
    @Operation(summary = "A matter's forms", description = "The blank forms, then the samples, of the matter, by name.")
    @APIResponse(responseCode = "200", description = "The forms, possibly none",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BlankFormJson.class)))
    @APIResponse(responseCode = "404", description = "No such matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BlankFormJson> list(@PathParam("code") String code) {
        return blankForms.ofMatter(code).stream().map(f -> BlankFormJson.of(code, f)).toList();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a form",
            description = "The file, as an attachment under its name (RFC 6266 filename* in UTF-8), with the type its "
                    + "content was checked to be. The ETag is the SHA-256; If-None-Match with it answers 304.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {@Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
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
