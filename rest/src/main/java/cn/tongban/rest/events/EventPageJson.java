package cn.tongban.rest.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The events after a cursor, and where to read on. */
@Schema(name = "EventPage")
public record EventPageJson(
        @Schema(description = "Send as after= next time; the same cursor again when there was nothing new") String next,
        List<EventJson> events) {
}
