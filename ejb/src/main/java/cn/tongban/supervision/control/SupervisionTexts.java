package cn.tongban.supervision.control;

import cn.tongban.supervision.entity.CaseKind;
import cn.tongban.supervision.entity.SupervisionNoticeKind;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts the supervision cases store and print, from {@code cn.tongban.supervision.supervision}: the facts
 * of a detected case and the notices are Chinese official documents.
 */
public final class SupervisionTexts {

    private static final String BUNDLE = "cn.tongban.supervision.supervision";

    private final ResourceBundle bundle;

    private SupervisionTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SupervisionTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static SupervisionTexts chinese() {
        return new SupervisionTexts(Locale.SIMPLIFIED_CHINESE);
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }

    public String kind(CaseKind kind) {
        return text("case.kind." + kind);
    }

    public String title(SupervisionNoticeKind kind) {
        return text("notice." + kind + ".title");
    }

    /** The workflow operation a method performs, as staff name it (受理, 前置/并联审查 …). */
    public String operation(String method) {
        String key = "operation." + method;
        return bundle.containsKey(key) ? bundle.getString(key) : method;
    }

    /** A date as Chinese documents write it: 2026年11月25日. */
    public String date(LocalDate day) {
        return text("date", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
