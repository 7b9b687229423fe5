package cn.tongban.rest.applications;

import cn.tongban.platform.entity.BusinessException;
import cn.tongban.rest.platform.CallerLocale;
import cn.tongban.rest.platform.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;


/**
 * Answers an anonymous caller of a {@link SignedIn} operation with 401 and the Basic challenge, as the servlet
 * constraint did before the public status lookup moved under {@code /v1/applications/*}. Who may do what is still
 * decided by the EJBs' {@code @RolesAllowed}; this only asks for credentials.
 */
@Provider
@SignedIn
@Priority(Priorities.AUTHENTICATION)
public class SignedInFilter implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            Response problem = Problem.response(Response.Status.UNAUTHORIZED, "account.notSignedIn",
                    new BusinessException(BusinessException.Reason.FORBIDDEN, "account.notSignedIn")
                            .message(CallerLocale.of(headers)));
            request.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tongban\"").build());
        }
    }
}
