package cn.tongban.rest.applications;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to apply; no other fields are accepted. */
@Schema(name = "NewApplication")
public record NewApplicationJson(
        @Schema(required = true, example = "ZJJ-001") String matterCode,
        @Schema(description = "Who applies: required of a PARTNER registering at its counter; an APPLICANT may leave it "
                + "out or must name themselves") Applicant applicant,
        @Schema(description = "The matter's online form, field name to value") JsonObject form) {

    /** The applicant: a person with a resident ID number or an enterprise with a unified social credit code. */
    @Schema(name = "NewApplicationApplicant")
    public record Applicant(@Schema(required = true, enumeration = {"PERSON", "ENTERPRISE"}) String type,
                            @Schema(required = true, example = "张三") String name,
                            @Schema(description = "GB 11643 resident ID number, for a PERSON", example = "441900199003071238")
                            String idNumber,
                            @Schema(description = "GB 32100 unified social credit code, for an ENTERPRISE",
                                    example = "91441900MA4W1XY90T") String creditCode,
                            @Schema(description = "Mobile number", example = "13800138000") String phone,
                            String email) {
    }
}
