package cn.tongban.rest.applications;

import cn.tongban.applications.entity.StatusChange;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One step of an application's timeline. */
@Schema(name = "StatusChange")
public record StatusChangeJson(OffsetDateTime at, String from, String to, String department, String opinion) {

    static StatusChangeJson of(StatusChange c) {
        return new StatusChangeJson(c.getOccurredAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime(),
                c.getFromStatus() == null ? null : c.getFromStatus().name(), c.getToStatus().name(),
                c.getDepartment() == null ? null : c.getDepartment().getCode(), c.getOpinion());
    }
}
