package cn.tongban.rest.events;

import cn.tongban.events.boundary.EventFeed;
import cn.tongban.events.entity.FeedCursor;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's department's event feed; the resource only reads the parameters and delegates. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The department's event feed, in commit order (第五条)")
@SecurityRequirement(name = "basic")
public class EventsResource {

    static final int DEFAULT_LIMIT = 100;

    @EJB
    EventFeed feed;

    @GET
    @Operation(summary = "The department's events after a cursor",
            description = "Every event concerning the caller's department (its applications and the tasks addressed to it), "
                    + "each once, in the order the changes committed. Start without after=, then send the next cursor of "
                    + "each answer: a system that was down reads on from its last cursor and misses nothing. An empty page "
                    + "means nothing new yet; ask again later with the same cursor.")
    @APIResponse(responseCode = "200", description = "The next events",
            content = @Content(schema = @Schema(implementation = EventPageJson.class),
                    examples = @ExampleObject(name = "a task opened", value = """
                            {"next": "ZjEuMTI", "events": [{"cursor": "ZjEuMTI", "type": "task.opened",
                             "occurredAt": "2026-11-25T10:15:00+08:00", "receiptNumber": "ZJJ-20261125-000123",
                             "taskId": 150, "applicationStatus": "ACCEPTED",
                             "data": {"receiptNumber": "ZJJ-20261125-000123", "matterCode": "ZJJ-003", "taskId": 150,
                                      "kind": "BRANCH", "name": "城镇污水排入排水管网许可（施工临时排水）",
                                      "department": "SWUJ", "prerequisite": false, "status": "OPEN"}}]}""")))
    @APIResponse(responseCode = "400", description = "A cursor not issued by the feed, or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not staff or partner system of a department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventPageJson events(
            @Parameter(description = "The cursor of the last event read (next of the previous answer); none: from the start")
            @QueryParam("after") String after,
            @Parameter(description = "1 to " + EventFeed.MAX_LIMIT + ", default " + DEFAULT_LIMIT) @QueryParam("limit") String limit) {
        FeedCursor cursor = FeedCursor.parse(after);
        var page = feed.after(cursor, limit(limit));
        return new EventPageJson(page.next().value(), page.events().stream().map(EventJson::of).toList());
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= EventFeed.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BusinessException.invalid("request.badRange", "limit", text, 1, EventFeed.MAX_LIMIT);
    }
}
