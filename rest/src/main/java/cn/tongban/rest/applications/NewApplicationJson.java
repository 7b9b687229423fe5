package cn.tongban.rest.applications;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to apply. */
@Schema(name = "NewApplication")
public record NewApplicationJson(
        @Schema(required = true, example = "ZJJ-001") String matterCode,
        @Schema(description = "The matter's online form, field name to value") JsonObject form) {
}
