package cn.tongban.rest.applications;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.platform.boundary.Clocks;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** An application as its applicant or its department sees it. */
@Schema(name = "Application")
public record ApplicationJson(
        @Schema(example = "20261125-ZJJ-7K3QM2XAP") String receiptNumber,
        @Schema(example = "ZJJ-001") String matterCode,
        String matterName,
        @Schema(example = "ZJJ") String department,
        @Schema(example = "SUBMITTED") String status,
        OffsetDateTime submittedAt,
        OffsetDateTime acceptedAt,
        @Schema(description = "The online form's values as submitted, normalised") JsonObject form,
        List<StatusChangeJson> timeline,
        @Schema(description = "The files handed in, with their SHA-256") List<MaterialJson> materials,
        @Schema(description = "The steps of the handling and how far each is") List<TaskSummaryJson> tasks,
        @Schema(description = "The query code for the public status lookup (查询码): only in the answer to the "
                + "submission, never again; only its hash is kept", example = "7K3QM2XA") String queryCode) {

    static ApplicationJson of(Application a, List<StatusChange> timeline, List<ApplicationMaterial> materials) {
        return new ApplicationJson(a.getReceiptNumber().value(), a.getMatter().getCode(), a.getMatter().getName(),
                a.getDepartment().getCode(), a.getStatus().name(), china(a.getSubmittedAt()), china(a.getAcceptedAt()),
                a.getForm(), timeline.stream().map(StatusChangeJson::of).toList(),
                materials.stream().map(MaterialJson::of).toList(), a.getTasks().stream().map(TaskSummaryJson::of).toList(),
                a.getIssuedQueryCode());
    }

    private static OffsetDateTime china(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clocks.CHINA).toOffsetDateTime();
    }
}
