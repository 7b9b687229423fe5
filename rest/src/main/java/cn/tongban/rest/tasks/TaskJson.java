package cn.tongban.rest.tasks;

import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.applications.entity.TaskStatus;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A task as its department sees it; {@code version} is also the ETag to send back in If-Match. */
@Schema(name = "Task")
public record TaskJson(long id, long version, String receiptNumber, String matterCode, String matterName,
                       @Schema(description = "The application's status") String applicationStatus,
                       @Schema(enumeration = {"ACCEPTANCE", "REVIEW", "BRANCH", "DECISION"}) String kind,
                       @Schema(description = "The stage's or branch's name, e.g. 特殊建设工程消防设计审查") String name,
                       String department, String role, boolean prerequisite,
                       @Schema(description = "The working days the process gives the step") int days,
                       @Schema(enumeration = {"WAITING", "OPEN", "CLAIMED", "SUSPENDED", "DONE", "CANCELLED"}) String status,
                       @Schema(description = "The username holding the task, when claimed") String assignee,
                       OffsetDateTime openedAt, OffsetDateTime doneAt, Boolean agreed, String opinion,
                       @Schema(description = "For a decision: the review stages' and branches' opinions given so far")
                       List<OpinionJson> earlierOpinions) {

    /** An opinion given on an earlier task of the application, for the one who decides. */
    @Schema(name = "EarlierOpinion")
    public record OpinionJson(long taskId, String kind, String name, String department, Boolean agreed, String opinion,
                              OffsetDateTime doneAt) {
    }

    /** The task in a list: without the earlier opinions. */
    static TaskJson brief(Task task) {
        return of(task, null);
    }

    /** The task on its own: a decision also carries the opinions of the reviews and branches before it. */
    static TaskJson full(Task task) {
        List<OpinionJson> earlier = task.getKind() != TaskKind.DECISION ? null : task.getApplication().getTasks().stream()
                .filter(t -> (t.getKind() == TaskKind.REVIEW || t.getKind() == TaskKind.BRANCH) && t.getStatus() == TaskStatus.DONE)
                .map(t -> new OpinionJson(t.getId(), t.getKind().name(), t.getName(), t.getDepartment().getCode(), t.getAgreed(),
                        t.getOpinion(), china(t.getDoneAt())))
                .toList();
        return of(task, earlier);
    }

    private static TaskJson of(Task task, List<OpinionJson> earlier) {
        var application = task.getApplication();
        return new TaskJson(task.getId(), task.getVersion(), application.getReceiptNumber().value(),
                application.getMatter().getCode(), application.getMatter().getName(), application.getStatus().name(),
                task.getKind().name(), task.getName(), task.getDepartment().getCode(), task.getRole().name(),
                task.isPrerequisite(), task.getDays(), task.getStatus().name(),
                task.getAssignee() == null ? null : task.getAssignee().getUsername(),
                china(task.getOpenedAt()), china(task.getDoneAt()), task.getAgreed(), task.getOpinion(), earlier);
    }

    private static OffsetDateTime china(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Clocks.CHINA).toOffsetDateTime();
    }

    /** The strong entity tag of the task's version. */
    String etag() {
        return "\"" + version + "\"";
    }
}
