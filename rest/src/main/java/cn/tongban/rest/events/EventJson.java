package cn.tongban.rest.events;

import cn.tongban.events.entity.FeedCursor;
import cn.tongban.events.entity.FeedEvent;
import cn.tongban.platform.boundary.Clocks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.StringReader;
import java.time.OffsetDateTime;

/** One event of a department's feed. */
@Schema(name = "Event")
public record EventJson(
        @Schema(description = "The cursor right after this event: send it as after= to read on from here") String cursor,
        @Schema(description = "application.submitted, application.accepted, …, task.opened, deadline.warning-raised, "
                + "deadline.alarm-raised", example = "task.opened") String type,
        OffsetDateTime occurredAt, String receiptNumber,
        @Schema(description = "For task events: the task to read and act on") Long taskId,
        @Schema(description = "The application's status after the event") String applicationStatus,
        @Schema(description = "What else the event says (names, kinds, the step)") JsonObject data) {

    static EventJson of(FeedEvent event) {
        JsonObject data;
        try (var reader = Json.createReader(new StringReader(event.getPayload()))) {
            data = reader.readObject();
        }
        return new EventJson(new FeedCursor(event.getPosition()).value(), event.getType(),
                event.getOccurredAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime(), event.getReceiptNumber(),
                event.getTaskId(), event.getApplicationStatus(), data);
    }
}
