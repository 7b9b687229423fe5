package cn.tongban.rest.tasks;

import cn.tongban.rest.platform.Problem;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every step on a task ({@code POST …/tasks/{id}/<step>}) has in common, documented once for the OpenAPI
 * document: the If-Match header with the version last read, the task's new state with its ETag, and the same
 * refusals (400, 403, 404, 409 with its example, 422, 428). Each step's method documents only what is its own:
 * its summary and its request body.
 */
public final class TaskStepAnswers {

    static final String TASK_EXAMPLE = """
            {"id": 150, "version": 2, "receiptNumber": "ZJJ-20261125-000123", "matterCode": "ZJJ-003",
             "matterName": "建设工程规划与施工许可并联审批", "applicationStatus": "ACCEPTED", "kind": "BRANCH",
             "name": "城镇污水排入排水管网许可（施工临时排水）", "department": "SWUJ", "role": "REVIEWER",
             "prerequisite": false, "days": 3, "status": "OPEN", "openedAt": "2026-11-25T10:15:00+08:00"}""";

    private static final String CHANGED_EXAMPLE = """
            {"type": "https://tongban.dongguan.gov.cn/problems/task.changed", "title": "Conflict", "status": 409,
             "detail": "任务 150 已变更（您读取的是版本 1，现为版本 2），请重新读取后再办理。"}""";

    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Malformed JSON, an unknown or missing field, a malformed If-Match",
            "403", "Another department's task, or not the caller's post",
            "404", "No such task",
            "422", "The step is not for this kind of task",
            "428", "If-Match is missing");

    private TaskStepAnswers() {
    }

    /** Completes every task step of the document; a refusal a step documents itself stays as it is. */
    public static void addTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation step = item.getPOST();
            if (step != null && path.contains("/tasks/{id}/")) {
                complete(step);
            }
        });
    }

    private static void complete(Operation step) {
        Parameter ifMatch = step.getParameters() == null ? null : step.getParameters().stream()
                .filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst().orElse(null);
        if (ifMatch == null) {
            ifMatch = OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER);
            step.addParameter(ifMatch);
        }
        ifMatch.required(true).description("The task's version as last read, its ETag: \"<version>\"").example("\"2\"");
        if (step.getResponses() == null) {
            step.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses answers = step.getResponses();
        answers.addAPIResponse("200", OASFactory.createAPIResponse()
                .description("The task's new state; its new version in ETag")
                .addHeader("ETag", OASFactory.createHeader().description("\"<version>\""))
                .content(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Task"))
                                .addExample("the task afterwards", OASFactory.createExample().value(json(TASK_EXAMPLE))))));
        REFUSALS.forEach((code, description) -> answerIfMissing(answers, code, problem(description, null)));
        answerIfMissing(answers, "409", problem("The task changed since the version in If-Match, or was handled meanwhile",
                CHANGED_EXAMPLE));
    }

    private static void answerIfMissing(APIResponses answers, String code, APIResponse answer) {
        if (answers.getAPIResponse(code) == null) {
            answers.addAPIResponse(code, answer);
        }
    }

    /** A problem+json answer; without an example of its own, {@code ProblemExamples} gives it one. */
    private static APIResponse problem(String description, String example) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        if (example != null) {
            problem.addExample("changed", OASFactory.createExample().value(json(example)));
        }
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }

    /** A JSON text as the maps, lists and values the document writer prints as JSON (not as a string). */
    private static Object json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(TaskStepAnswers::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).numberValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
