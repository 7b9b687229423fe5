package cn.tongban.notices.control;

import cn.tongban.applications.entity.Step;
import cn.tongban.notices.entity.NoticeKind;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the notices and of the notifications, from {@code cn.tongban.notices.notices}. The notices are
 * Chinese documents; the notifications are sent in Chinese, then in English.
 */
public final class NoticeTexts {

    private static final String BUNDLE = "cn.tongban.notices.notices";

    private final ResourceBundle bundle;

    private NoticeTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static NoticeTexts chinese() {
        return new NoticeTexts(Locale.SIMPLIFIED_CHINESE);
    }

    public static NoticeTexts english() {
        return new NoticeTexts(Locale.ENGLISH);
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }

    public String title(NoticeKind kind) {
        return text("notice." + kind + ".title");
    }

    /** The body of a notice: what was applied for, when, and what the department decided on which article. */
    public String body(NoticeContent notice) {
        return text("notice." + notice.kind() + ".body", notice.matterName(), date(notice.submittedOn()), notice.receiptNumber());
    }

    public String opinionLabel(NoticeKind kind) {
        return text("notice." + kind + ".opinion");
    }

    /** A date as Chinese documents write it: 2026年11月25日. */
    public String date(LocalDate day) {
        return text("notice.date", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** The one line that tells the applicant what happened at a step; null for a step nobody is told of. */
    public String stepMessage(Step step, String matterName, String receiptNumber) {
        String key = "notify." + step;
        return bundle.containsKey(key) ? text(key, matterName, receiptNumber) : null;
    }

    /** Whether the applicant is told of the step (the notices' steps, completion and withdrawal). */
    public static boolean isNotified(Step step) {
        return NoticeKind.issuedBy(step).isPresent() || step == Step.COMPLETED || step == Step.WITHDRAWN;
    }
}
