package cn.tongban.rest.tasks;

import cn.tongban.applications.boundary.Tasks;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskStatus;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.rest.platform.CallerLocale;
import cn.tongban.rest.platform.JsonRequest;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * A department's tasks through the partner interface (第五条). Every step answers the task's new state with its
 * version as a strong ETag, and needs the version the caller last read in {@code If-Match}: without it 428, with
 * another one 409 (the task changed meanwhile; read it again). Another department's task is 403, an unknown one 404.
 * The resource only reads the request and delegates; the rules are the lifecycle's. What every step answers is
 * documented once, in {@link TaskStepAnswers}.
 */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "A department's tasks: list, read, and every step of the approval (第五、六条)")
@SecurityRequirement(name = "basic")
public class TasksResource {

    static final int DEFAULT_SIZE = 20;

    @EJB
    Tasks tasks;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listTasks", summary = "The caller's department's tasks",
            description = "Only the caller's department's tasks, oldest first, a page at a time, with how many there are in all. "
                    + "Without status: the open and claimed ones (the work at hand).")
    @APIResponse(responseCode = "200", description = "A page of tasks",
            content = @Content(schema = @Schema(implementation = TaskPageJson.class),
                    examples = @ExampleObject(name = "work list", value = "{\"page\": 0, \"size\": 20, \"total\": 1, \"items\": ["
                            + TaskStepAnswers.TASK_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", description = "An unknown status, or page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not staff or partner system of a department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskPageJson list(
            @Parameter(description = "One or more of WAITING, OPEN, CLAIMED, SUSPENDED, DONE, CANCELLED, repeated or "
                    + "comma-separated", example = "OPEN,CLAIMED") @QueryParam("status") List<String> status,
            @Parameter(description = "from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "1 to " + Tasks.MAX_PAGE + ", default " + DEFAULT_SIZE, example = "20")
            @QueryParam("size") String size) {
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, Tasks.MAX_PAGE);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw BusinessException.invalid("request.badParameter", "page", page);
        }
        var found = tasks.page(statuses(status), pageNumber * pageSize, pageSize);
        return new TaskPageJson(pageNumber, pageSize, found.total(), found.tasks().stream().map(TaskJson::brief).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTask", summary = "One task", description = "With its application's receipt number, matter and status; a decision "
            + "also carries the opinions of the review stages and branches before it. The ETag is the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The task", headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = TaskJson.class),
                    examples = @ExampleObject(name = "a branch", value = TaskStepAnswers.TASK_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another department's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("id") String id) {
        return answer(tasks.one(id(id)));
    }

    @POST
    @Path("{id}/claim")
    @Operation(operationId = "claimTask", summary = "Claim a task", description = "Takes an open task into the caller's own work list.")
    public Response claim(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long task = id(id);
        return step(ifMatch, version -> tasks.claim(task, version));
    }

    @POST
    @Path("{id}/release")
    @Operation(operationId = "releaseTask", summary = "Release a task", description = "Puts a task the caller holds back into the department's list.")
    public Response release(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long task = id(id);
        return step(ifMatch, version -> tasks.release(task, version));
    }

    @POST
    @Path("{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "handOverTask", summary = "Hand a task over", description = "To a member of the department's staff who may take it, named "
            + "by username. A partner system assigns any active task of its department; staff hand over what they hold.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.HandOver.class),
            examples = @ExampleObject(name = "to a reviewer", value = "{\"to\": \"reviewer2\"}")))
    public Response handOver(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "to");
        String to = request.requiredText("to");
        request.check();
        return step(ifMatch, version -> tasks.handOver(task, version, to));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptApplication", summary = "受理: accept the application", description = "On the acceptance task. The rest of the matter's "
            + "process opens: the review stages, for a parallel matter the branches (前置 first), the decision last.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.Accept.class),
            examples = @ExampleObject(name = "accept", value = "{\"opinion\": \"材料齐全，予以受理\"}")))
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "opinion");
        String opinion = request.optionalText("opinion");
        request.check();
        return step(ifMatch, version -> tasks.accept(task, version, opinion));
    }

    @POST
    @Path("{id}/not-accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refuseApplication", summary = "不予受理: refuse the application", description = "On the acceptance task, with the reason and its legal basis.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.NotAccept.class),
            examples = @ExampleObject(name = "not accepted", value = "{\"reason\": \"不属于本机关职权范围\", "
                    + "\"legalBasis\": \"《行政许可法》第三十二条第一款第（二）项\"}")))
    public Response notAccept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "reason", "legalBasis");
        String reason = request.requiredText("reason");
        String legalBasis = request.requiredText("legalBasis");
        request.check();
        return step(ifMatch, version -> tasks.notAccept(task, version, reason, legalBasis));
    }

    @POST
    @Path("{id}/request-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestCorrection", summary = "补正: ask the applicant for corrections", description = "On an active acceptance, review or "
            + "branch task; every task of the application stops until the applicant resubmits.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.RequestCorrection.class),
            examples = @ExampleObject(name = "correction", value = "{\"items\": \"请补充施工图审查合格书\"}")))
    public Response requestCorrection(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "items");
        String items = request.requiredText("items");
        request.check();
        return step(ifMatch, version -> tasks.requestCorrection(task, version, items));
    }

    @POST
    @Path("{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveOpinion", summary = "Give the opinion of a review stage or a parallel branch", description = "A branch (并联审批, "
            + "第六条) must say whether its department agrees; a review stage gives its opinion only. The opinion stays "
            + "inside the departments.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.Opinion.class),
            examples = {@ExampleObject(name = "branch", value = "{\"agree\": true, \"opinion\": \"同意临时排水方案\"}"),
                    @ExampleObject(name = "review stage", value = "{\"opinion\": \"符合条件，建议准予\"}")}))
    public Response opinion(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "agree", "opinion");
        Boolean agree = request.optionalBoolean("agree");
        String opinion = request.requiredText("opinion");
        request.check();
        return step(ifMatch, version -> tasks.opinion(task, version, agree, opinion));
    }

    @POST
    @Path("{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decide", summary = "准予 / 不予许可: decide", description = "On the decision task, once every review stage and branch is in.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.Decide.class),
            examples = @ExampleObject(name = "approve", value = "{\"approve\": true, \"opinion\": \"准予许可\", "
                    + "\"legalBasis\": \"《建筑法》第八条\"}")))
    public Response decide(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "approve", "opinion", "legalBasis");
        boolean approve = request.requiredBoolean("approve");
        String opinion = request.requiredText("opinion");
        String legalBasis = request.requiredText("legalBasis");
        request.check();
        return step(ifMatch, version -> tasks.decide(task, version, approve, opinion, legalBasis));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeApplication", summary = "办结: complete the application", description = "On the (done) decision task, once the result has been delivered.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskBodies.Complete.class),
            examples = @ExampleObject(name = "delivered", value = "{\"note\": \"证照已邮寄送达\"}")))
    public Response complete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        long task = id(id);
        JsonRequest request = JsonRequest.read(body, "note");
        String note = request.optionalText("note");
        request.check();
        return step(ifMatch, version -> tasks.complete(task, version, note));
    }

    private Response step(String ifMatch, LongFunction<Task> step) {
        Long version = EntityTags.version(ifMatch);
        if (version == null) {
            Locale locale = CallerLocale.of(headers);
            return Problem.response(428, "task.preconditionRequired",
                    new BusinessException(BusinessException.Reason.CONFLICT, "task.preconditionRequired").message(locale), null);
        }
        return answer(step.apply(version));
    }

    private static Response answer(Task task) {
        TaskJson json = TaskJson.full(task);
        return Response.ok(json).header(HttpHeaders.ETAG, json.etag()).build();
    }

    private static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // an id that is no number names no task
        }
        throw BusinessException.notFound("task.unknown", String.valueOf(text));
    }

    private static int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BusinessException.invalid("request.badRange", name, text, min, max);
    }

    private static Set<TaskStatus> statuses(List<String> values) {
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        if (values != null) {
            for (String value : values) {
                for (String name : value.split(",")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    try {
                        statuses.add(TaskStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw BusinessException.invalid("task.unknownStatus", name.strip(),
                                Arrays.toString(TaskStatus.values()));
                    }
                }
            }
        }
        return statuses;
    }
}
