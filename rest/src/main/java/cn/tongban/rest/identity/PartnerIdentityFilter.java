package cn.tongban.rest.identity;

import cn.tongban.accounts.entity.Role;
import cn.tongban.identity.boundary.PartnerCertificates;
import cn.tongban.identity.control.PartnerRateLimits;
import cn.tongban.identity.entity.RateLimited;
import cn.tongban.identity.entity.SignInScheme;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.rest.platform.CallerLocale;
import cn.tongban.rest.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request of a signed-in caller passes here first (第二十条). The server has already authenticated the
 * client certificate or the Basic credentials; this refuses, with 403 and a problem saying why, a certificate
 * whose partner account is disabled or whose certificate is revoked (asked of the database at every request) and Basic
 * credentials of a partner system while {@code tongban.partner.basic-enabled} is off. A partner system's
 * request then counts against its rate limit: 429 with {@code Retry-After} once it is used up.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class PartnerIdentityFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "tongban.partner.basic-enabled", defaultValue = "false")
    boolean basicEnabled;

    @Inject
    PartnerRateLimits rateLimits;

    @Inject
    PartnerCertificates certificates;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            return;
        }
        boolean partner = security.isUserInRole(Role.Names.PARTNER);
        String username = security.getUserPrincipal().getName();
        var refusal = SignInScheme.of(security.getAuthenticationScheme())
                .refusal(partner, basicEnabled, () -> certificates.inForce(username));
        if (refusal.isPresent()) {
            String key = refusal.get();
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, key,
                    new BusinessException(BusinessException.Reason.FORBIDDEN, key).message(CallerLocale.of(headers))));
            return;
        }
        if (partner) {
            try {
                rateLimits.count(username);
            } catch (RateLimited e) {
                Response problem = Problem.response(Response.Status.TOO_MANY_REQUESTS.getStatusCode(), e.key(),
                        e.message(CallerLocale.of(headers)), null);
                request.abortWith(Response.fromResponse(problem)
                        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build());
            }
        }
    }
}
