package cn.tongban.rest.platform;

import cn.tongban.platform.entity.BusinessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** A refused request, in the caller's language, with the status its reason calls for. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        return toProblem(e, headers);
    }

    static Response toProblem(BusinessException e, HttpHeaders headers) {
        int status = switch (e.reason()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> Problem.UNPROCESSABLE;
        };
        Locale locale = CallerLocale.of(headers);
        List<Problem.FieldError> errors = e.violations().isEmpty() ? null : e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), BusinessException.message(v, locale)))
                .toList();
        return Problem.response(status, e.key(), e.message(locale), errors);
    }
}
