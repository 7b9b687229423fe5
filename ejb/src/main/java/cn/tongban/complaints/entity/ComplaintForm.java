package cn.tongban.complaints.entity;

import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.platform.entity.Violation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of what a complainant types, each field checked on its own so that every mistake is reported at
 * once. A receipt number is checked for its form only: whether it exists is not the complainant's to learn here.
 */
public final class ComplaintForm {

    private static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private ComplaintForm() {
    }

    public static ComplaintKind kind(ComplaintKind kind, List<Violation> violations) {
        if (kind == null) {
            violations.add(new Violation("kind", "complaint.kind.required"));
        }
        return kind;
    }

    /** The receipt number in its stored form, or null when none was given or it is malformed (then a violation). */
    public static String receiptNumber(String typed, List<Violation> violations) {
        String text = TextRule.normalize(typed);
        if (text == null) {
            return null;
        }
        if (!ReceiptNumber.isWellFormed(text)) {
            violations.add(new Violation("receiptNumber", "complaint.receiptNumber.invalid"));
            return null;
        }
        return ReceiptNumber.parse(text).value();
    }

    /** An e-mail address or a mainland mobile number, optional; null when absent or invalid (then a violation). */
    public static String contact(String typed, List<Violation> violations) {
        String text = TextRule.normalize(typed);
        if (text == null) {
            return null;
        }
        if (text.contains("@")) {
            if (text.length() <= MAX_EMAIL && EMAIL.matcher(text).matches()) {
                return text;
            }
        } else {
            String digits = text.replaceAll("[\\s-]", "").replaceFirst("^\\+?86(?=1\\d{10}$)", "");
            if (MOBILE.matcher(digits).matches()) {
                return digits;
            }
        }
        violations.add(new Violation("contact", "complaint.contact.invalid"));
        return null;
    }
}
