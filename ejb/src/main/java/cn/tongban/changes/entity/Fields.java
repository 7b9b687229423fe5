package cn.tongban.changes.entity;

import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the invalid fields of one request, so that the caller learns all of them at once, and refuses the
 * request if there are any. Lengths count characters as people do (code points), not UTF-16 units.
 */
final class Fields {

    private final List<Violation> violations = new ArrayList<>();

    /** The stripped text, or a violation ({@code key} with the bounds) when it is blank, too short or too long. */
    String text(String field, String value, int min, int max, String key) {
        String text = value == null ? "" : value.strip();
        int length = text.codePointCount(0, text.length());
        if (length == 0 || length < min || length > max) {
            violations.add(new Violation(field, key, min, max));
        }
        return text;
    }

    /** An optional text: null when blank, else stripped, with a violation when longer than {@code max}. */
    String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            violations.add(new Violation(field, "change.commentTooLong", max));
        }
        return text;
    }

    void add(Violation violation) {
        violations.add(violation);
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Refuses the request, changing nothing, if any field was invalid. */
    void refuseIfAny() {
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
    }
}
