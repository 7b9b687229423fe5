package cn.tongban.rest.tasks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a department's tasks. */
@Schema(name = "TaskPage")
public record TaskPageJson(int page, int size, long total, List<TaskJson> items) {
}
