package cn.tongban.rest.applications;

import cn.tongban.lookup.entity.LookupWindow;
import cn.tongban.lookup.entity.TooManyLookups;
import cn.tongban.rest.platform.CallerLocale;
import cn.tongban.rest.platform.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;


/** Throttled lookups: 429 Too Many Requests with {@code Retry-After} in seconds (RFC 9110), as problem+json. */
@Provider
public class TooManyLookupsMapper implements ExceptionMapper<TooManyLookups> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManyLookups e) {
        Response problem = Problem.response(Response.Status.TOO_MANY_REQUESTS.getStatusCode(), e.key(),
                e.message(CallerLocale.of(headers)), null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, LookupWindow.seconds(e.retryAfter())).build();
    }
}
