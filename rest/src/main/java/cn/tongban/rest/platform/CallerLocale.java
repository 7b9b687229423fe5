package cn.tongban.rest.platform;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language an answer's texts are in: English when the caller prefers it, Chinese otherwise. */
public final class CallerLocale {

    private CallerLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(locale.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
