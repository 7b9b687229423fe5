package cn.tongban.rest.applications;

import cn.tongban.applications.entity.Task;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of the application's handling: which, by which department, how far; never who or what opinion. */
@Schema(name = "TaskSummary")
public record TaskSummaryJson(@Schema(example = "ACCEPTANCE") String kind,
                              @Schema(example = "受理") String name,
                              @Schema(example = "ZJJ") String department,
                              @Schema(example = "OPEN") String status) {

    static TaskSummaryJson of(Task t) {
        return new TaskSummaryJson(t.getKind().name(), t.getName(), t.getDepartment().getCode(), t.getStatus().name());
    }
}
