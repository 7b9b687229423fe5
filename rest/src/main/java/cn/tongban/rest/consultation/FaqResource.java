package cn.tongban.rest.consultation;

import cn.tongban.consultation.boundary.Consultations;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A matter's public FAQ (服务咨询, 第四条): the questions its department has answered and published. */
@Path("matters/{code}/faq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultation", description = "Published questions and answers; public")
public class FaqResource {

    @EJB
    Consultations consultations;

    @GET
    @Operation(summary = "A matter's FAQ",
            description = "The matter's published questions and answers, the latest published first; at most 100.")
    @APIResponse(responseCode = "200", description = "The FAQ, possibly empty",
            content = @Content(schema = @Schema(implementation = FaqJson.class)))
    @APIResponse(responseCode = "404", description = "No such matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FaqJson faq(@PathParam("code") String code) {
        var entries = consultations.faq(code).stream().map(FaqEntryJson::of).toList();
        return new FaqJson(code.strip(), entries);
    }
}
