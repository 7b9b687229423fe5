package cn.tongban.rest.identity;

import cn.tongban.identity.entity.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The signed-in caller as the API shows it. */
@Schema(name = "Caller", description = "The account a request was signed in as, and how")
public record CallerJson(
        @Schema(description = "the account's username; a partner certificate's CN", example = "partner") String username,
        @Schema(example = "住建局业务系统") String displayName,
        @Schema(description = "PERSON, ENTERPRISE, STAFF or SYSTEM (a partner system)", example = "SYSTEM") String kind,
        @Schema(description = "the department's code, for staff and partner systems", example = "ZJJ") String department,
        @Schema(example = "[\"PARTNER\"]") List<String> roles,
        @Schema(description = "CLIENT_CERT (mutual TLS) or BASIC", example = "CLIENT_CERT") String signIn) {

    static CallerJson of(Caller caller, String signIn) {
        return new CallerJson(caller.username(), caller.displayName(), caller.kind(), caller.department(), caller.roles(), signIn);
    }
}
