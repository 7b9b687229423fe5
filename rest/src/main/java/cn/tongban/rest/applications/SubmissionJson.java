package cn.tongban.rest.applications;

import cn.tongban.applications.entity.SubmissionReceipt;
import cn.tongban.platform.boundary.Clocks;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The answer to a submission: what the applicant needs at once (网上申报, 第四条). */
@Schema(name = "Submission")
@JsonbNillable
@JsonbPropertyOrder({"receiptNumber", "queryCode", "status", "submittedAt", "promisedDue"})
public record SubmissionJson(
        @Schema(example = "20261125-ZJJ-7K3QM2XAP") String receiptNumber,
        @Schema(description = "The query code for the public status lookup (查询码); only in this answer and in the "
                + "answer to a repeat with the same Idempotency-Key", example = "7K3QM2XA") String queryCode,
        @Schema(example = "SUBMITTED") String status,
        OffsetDateTime submittedAt,
        @Schema(description = "The promised completion date (承诺时限), once the deadlines know it; null until then")
        LocalDate promisedDue) {

    static SubmissionJson of(SubmissionReceipt receipt) {
        return new SubmissionJson(receipt.receiptNumber(), receipt.queryCode(), receipt.status().name(),
                receipt.submittedAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime(), receipt.promisedDue());
    }
}
