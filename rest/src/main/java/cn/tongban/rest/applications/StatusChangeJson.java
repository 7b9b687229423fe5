package cn.tongban.rest.applications;

import cn.tongban.applications.entity.StatusChange;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * One step of an application's timeline as the applicant may see it: a review's or branch's reasoning, staff
 * names and source addresses stay inside the departments.
 */
@Schema(name = "StatusChange")
public record StatusChangeJson(OffsetDateTime at, String step, String from, String to, String department,
                               @Schema(description = "The stage or branch, e.g. 印章刻制备案") String task,
                               @Schema(description = "The public part of the opinion") String opinion,
                               String legalBasis) {

    static StatusChangeJson of(StatusChange c) {
        return new StatusChangeJson(c.getOccurredAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime(), c.getStep().name(),
                c.getFromStatus() == null ? null : c.getFromStatus().name(), c.getToStatus().name(),
                c.getDepartment() == null ? null : c.getDepartment().getCode(), c.getTaskName(), c.getPublicOpinion(),
                c.getLegalBasis());
    }
}
