package cn.tongban.rest.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error answer as RFC 9457 defines it. {@code type} names the kind of problem with a stable URI under
 * the API's own namespace; {@code errors} lists invalid fields where there are any.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://tongban.dongguan.gov.cn/problems/";

    public record FieldError(String field, String message) {
    }

    /** 422: the request is well formed but the rules refuse it (e.g. an offline-only matter). */
    public static final int UNPROCESSABLE = 422;

    public static Response response(Response.Status status, String kind, String detail) {
        return response(status.getStatusCode(), kind, detail, null);
    }

    public static Response response(int status, String kind, String detail, List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == UNPROCESSABLE ? "Unprocessable Content" : "Error";
        var problem = new Problem(TYPES + kind, title, status, detail, errors);
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(problem).build();
    }
}
