package cn.tongban.applications.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a submission answers at once (网上申报, 第四条): the receipt number, the query code for the public lookup
 * (shown this once), the status and the times. A repeated submission with the same idempotency key answers the
 * very same receipt ({@code replayed}), even when the application has moved on since.
 */
public record SubmissionReceipt(String receiptNumber, String queryCode, ApplicationStatus status, OffsetDateTime submittedAt,
                                LocalDate promisedDue, boolean replayed) implements Serializable {

    public static SubmissionReceipt of(Application application, LocalDate promisedDue) {
        return new SubmissionReceipt(application.getReceiptNumber().value(), application.getIssuedQueryCode(),
                application.getStatus(), application.getSubmittedAt(), promisedDue, false);
    }

    /** The receipt as kept (sealed) with the idempotency key. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("receiptNumber", receiptNumber)
                .add("status", status.name())
                .add("submittedAt", submittedAt.toString());
        if (queryCode != null) {
            json.add("queryCode", queryCode);
        }
        if (promisedDue != null) {
            json.add("promisedDue", promisedDue.toString());
        }
        return json.build().toString();
    }

    /** The receipt kept by {@link #toJson()}, marked as a replay. */
    public static SubmissionReceipt replayOf(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new SubmissionReceipt(o.getString("receiptNumber"), o.getString("queryCode", null),
                    ApplicationStatus.valueOf(o.getString("status")), OffsetDateTime.parse(o.getString("submittedAt")),
                    o.containsKey("promisedDue") ? LocalDate.parse(o.getString("promisedDue")) : null, true);
        }
    }
}
