package cn.tongban.rest.platform;

import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An EJB refused the call: {@code @RolesAllowed} (403, never the container's 500) or an unexpected failure,
 * which is logged here and answered without its details.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EJBExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "access.denied",
                    new BusinessException(BusinessException.Reason.FORBIDDEN, "access.denied").message(CallerLocale.of(headers)));
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return BusinessExceptionMapper.toProblem(business, headers);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                "The request could not be completed; it has been logged.");
    }
}
