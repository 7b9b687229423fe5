package cn.tongban.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;

/** Adds page-wide messages whose text comes from the {@code msg} bundle in the page's language. */
public final class Messages {

    private static final String BUNDLE = "msg";

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Input the page itself refuses before asking a service, e.g. two fields that contradict each other. */
    public static void invalid(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, BUNDLE).getString(key);
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
