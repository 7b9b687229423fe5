package cn.tongban.rest.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: logged in full, answered without stack trace or SQL. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                "The request could not be completed; it has been logged.");
    }
}
