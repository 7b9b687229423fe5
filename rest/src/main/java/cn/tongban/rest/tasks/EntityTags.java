package cn.tongban.rest.tasks;

import cn.tongban.platform.entity.BusinessException;

/** Reads the task version a caller sends in If-Match: one strong entity tag, {@code "<version>"}. */
final class EntityTags {

    private EntityTags() {
    }

    /** The version, or null when the header is absent; anything but one strong tag of digits is refused (400). */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() >= 3 && tag.length() <= 21 && tag.startsWith("\"") && tag.endsWith("\"")) {
            String digits = tag.substring(1, tag.length() - 1);
            if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    return Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    // too large: refused below
                }
            }
        }
        throw BusinessException.invalid("task.badEntityTag", tag);
    }
}
