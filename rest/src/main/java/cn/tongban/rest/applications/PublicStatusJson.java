package cn.tongban.rest.applications;

import cn.tongban.lookup.entity.PublicStatusView;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as the public status lookup shows it: status and timeline with the public opinions and legal
 * bases only, no staff names, no internal opinions.
 */
@Schema(name = "PublicStatus")
public record PublicStatusJson(
        @Schema(example = "20261125-ZJJ-7K3QM2XAP") String receiptNumber,
        @Schema(example = "ZJJ-001") String matterCode,
        String matterName,
        @Schema(example = "ZJJ") String department,
        String departmentName,
        @Schema(example = "UNDER_REVIEW") String status,
        OffsetDateTime submittedAt,
        @Schema(description = "The promised time limit (承诺时限), in working days") int promisedDays,
        List<Line> timeline,
        @Schema(description = "The promised completion date (承诺办结日期), counted in working days from acceptance with "
                + "the suspensions left out; null before acceptance and while provisional", example = "2026-12-09")
        LocalDate promisedDue,
        @Schema(description = "Whether the promised date waits for the publication of its year's holiday calendar")
        boolean promisedDueProvisional) {

    /** One public line of the timeline. */
    @Schema(name = "PublicStatusLine")
    public record Line(OffsetDateTime at,
                       @Schema(example = "ACCEPTED") String step,
                       @Schema(example = "ACCEPTED") String status,
                       @Schema(example = "ZJJ") String department,
                       String departmentName,
                       @Schema(description = "The stage or branch the line is about") String taskName,
                       @Schema(description = "The opinion where it is public; internal review opinions are left out")
                       String opinion,
                       String legalBasis) {
    }

    static PublicStatusJson of(PublicStatusView view) {
        return new PublicStatusJson(view.receiptNumber(), view.matterCode(), view.matterName(), view.departmentCode(),
                view.departmentName(), view.status().name(), china(view.submittedAt()), view.promisedDays(),
                view.timeline().stream().map(l -> new Line(china(l.at()), l.step().name(), l.status().name(),
                        l.departmentCode(), l.departmentName(), l.taskName(), l.opinion(), l.legalBasis())).toList(),
                view.promisedDue(), view.promisedDueProvisional());
    }

    private static OffsetDateTime china(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clocks.CHINA).toOffsetDateTime();
    }
}
