package cn.tongban.web.platform;

import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Iterator;
import java.util.Locale;

/**
 * Turns a request the services refused into a message on the page the user is on, in the user's language:
 * a {@link BusinessException} with its own text followed by the reason of each invalid field, an
 * {@link EJBAccessException} as "you may not do this".
 * Both arrive wrapped (EL, Faces, sometimes EJB exceptions), so the whole cause chain is searched.
 * Anything else, and anything thrown while the page is already being written, goes to the default handler
 * and so to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot() != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            boolean refused = false;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                if (refused(context, events.next().getContext().getException())) {
                    events.remove();
                    refused = true;
                }
            }
            if (refused) {
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean refused(FacesContext context, Throwable thrown) {
        Locale locale = context.getViewRoot().getLocale();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                Messages.error(refusal.message(locale));
                // each invalid field with its own reason, so the user knows what to correct
                refusal.violations().forEach(v -> Messages.error(BusinessException.message(v, locale)));
                statusOnFirstRequest(context, switch (refusal.reason()) {
                    case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                    case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                    default -> HttpServletResponse.SC_OK;
                });
                return true;
            }
            if (cause instanceof EJBAccessException) {
                Messages.error(Messages.text("access.denied"));
                statusOnFirstRequest(context, HttpServletResponse.SC_FORBIDDEN);
                return true;
            }
        }
        return false;
    }

    /** A page opened with an unknown code still answers 404, so that crawlers and monitors see it. */
    private static void statusOnFirstRequest(FacesContext context, int status) {
        if (!context.isPostback() && status != HttpServletResponse.SC_OK) {
            context.getExternalContext().setResponseStatus(status);
        }
    }
}
