package cn.tongban.rest.platform;

import cn.tongban.platform.entity.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Records the caller's address for the audit trail (第二十三条). */
@Provider
public class RequestOriginFilter implements ContainerRequestFilter {

    @Inject
    RequestOrigin origin;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        origin.address(request.getRemoteAddr());
    }
}
