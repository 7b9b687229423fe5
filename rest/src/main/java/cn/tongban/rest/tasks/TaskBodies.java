package cn.tongban.rest.tasks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the task steps, for the OpenAPI document; the resource reads them strictly ({@code JsonRequest}). */
final class TaskBodies {

    private TaskBodies() {
    }

    @Schema(name = "AcceptTask")
    record Accept(@Schema(description = "受理意见") String opinion) {
    }

    @Schema(name = "NotAcceptTask")
    record NotAccept(@Schema(required = true, description = "不予受理的理由") String reason,
                     @Schema(required = true, description = "法律依据") String legalBasis) {
    }

    @Schema(name = "RequestCorrection")
    record RequestCorrection(@Schema(required = true, description = "需补正的材料或内容") String items) {
    }

    @Schema(name = "TaskOpinion")
    record Opinion(@Schema(description = "For a parallel branch (required there): whether the department agrees") Boolean agree,
                   @Schema(required = true) String opinion) {
    }

    @Schema(name = "Decision")
    record Decide(@Schema(required = true, description = "true: 准予许可; false: 不予许可") Boolean approve,
                  @Schema(required = true) String opinion,
                  @Schema(required = true, description = "法律依据") String legalBasis) {
    }

    @Schema(name = "HandOver")
    record HandOver(@Schema(required = true, description = "The username of a member of the department's staff") String to) {
    }

    @Schema(name = "Completion")
    record Complete(@Schema(description = "办结说明, e.g. how the result was delivered") String note) {
    }
}
