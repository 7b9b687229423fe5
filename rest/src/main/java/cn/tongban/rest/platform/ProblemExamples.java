package cn.tongban.rest.platform;

import cn.tongban.rest.tasks.TaskStepAnswers;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Completes the OpenAPI document (registered as {@code mp.openapi.filter}): every problem+json answer that its
 * operation did not illustrate gets an example in the exact shape the API sends, with the answer's description as
 * its detail, and every operation of a partner system, which may be rate limited, documents its 429 answer. So
 * that another team can write a client from the document alone, every operation shows what its errors look like.
 * The answers every task step shares are added first ({@link TaskStepAnswers}).
 */
public class ProblemExamples implements OASFilter {

    private static final String TYPES = "https://tongban.dongguan.gov.cn/problems/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        TaskStepAnswers.addTo(openAPI);
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                if (signedIn(operation) && !operation.getResponses().getAPIResponses().containsKey("429")) {
                    operation.getResponses().addAPIResponse("429", tooManyRequests());
                }
                operation.getResponses().getAPIResponses().forEach(ProblemExamples::illustrate);
            }
        }
    }

    private static boolean signedIn(Operation operation) {
        // Public operations declare no requirement (or an empty list, @SecurityRequirements).
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    private static void illustrate(String code, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType problem = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
        if (problem == null || (problem.getExamples() != null && !problem.getExamples().isEmpty()) || problem.getExample() != null) {
            return;
        }
        int status = Integer.parseInt(code);
        problem.addExample(kindOf(status), OASFactory.createExample()
                .summary(response.getDescription())
                .value(body(status, kindOf(status), response.getDescription())));
    }

    private static APIResponse tooManyRequests() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample("partner.rateLimited", OASFactory.createExample()
                        .summary("a partner system used up its requests of the window")
                        .value(body(429, "partner.rateLimited",
                                "请求过于频繁：每个业务系统每 60 秒最多 1200 次请求，请 17 秒后再试。")));
        return OASFactory.createAPIResponse()
                .description("A partner system made more requests than its limit allows (per node, per window); "
                        + "retry after Retry-After seconds")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds until the window ends")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }

    private static String kindOf(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "account.notSignedIn";
            case 403 -> "access.denied";
            case 404 -> "notFound";
            case 409 -> "conflict";
            case 422 -> "unprocessable";
            case 429 -> "tooManyRequests";
            default -> "http." + status;
        };
    }

    private static Map<String, Object> body(int status, String kind, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        Response.Status known = Response.Status.fromStatusCode(status);
        body.put("type", TYPES + kind);
        body.put("title", known != null ? known.getReasonPhrase() : status == Problem.UNPROCESSABLE ? "Unprocessable Content" : "Error");
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
