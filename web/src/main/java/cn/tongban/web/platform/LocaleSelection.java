package cn.tongban.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * The language the visitor reads the portal in: the one chosen with the language switch, or else the best
 * match of the browser's preferences among the supported ones, or else Chinese (faces-config).
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getExternalContext().getRequestHeaderMap().containsKey("Accept-Language")) {
            // Without the header the container offers its own default locale, which may well be English.
            return context.getApplication().getDefaultLocale();
        }
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    public String chinese() {
        return choose(Locale.SIMPLIFIED_CHINESE);
    }

    public String english() {
        return choose(Locale.ENGLISH);
    }

    /** Redirects to the same page with its parameters, so that a reload does not post the switch again. */
    private String choose(Locale locale) {
        chosen = locale;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
