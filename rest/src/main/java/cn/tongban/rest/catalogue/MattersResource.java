package cn.tongban.rest.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue (办事指南, 第四条). */
@Path("matters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Matters and their service guides; public")
public class MattersResource {

    private static final int MAX_SIZE = 100;

    @EJB
    Catalogue catalogue;

    @GET
    @Operation(summary = "List matters", description = "Pages through the catalogue, ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of matters",
            content = @Content(schema = @Schema(implementation = MatterPageJson.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MatterPageJson list(@QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        var items = catalogue.matters(page * size, size).stream().map(MatterJson::of).toList();
        return new MatterPageJson(page, size, catalogue.matterCount(), items);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One matter", description = "The matter with the given code.")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterJson.class)))
    @APIResponse(responseCode = "404", description = "No such matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MatterJson one(@PathParam("code") String code) {
        return MatterJson.of(catalogue.matter(code));
    }
}
