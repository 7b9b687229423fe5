package cn.tongban.moderation.entity;

import cn.tongban.platform.entity.Violation;

import java.util.List;
import java.util.Objects;

/**
 * The rule for one field of text a person types: stripped of surrounding blanks, between {@code min} and
 * {@code max} characters (code points, as a reader counts them), and free of control characters. Only a
 * multi-line field may hold line breaks (stored as {@code \n}) and tabs. Bidirectional formatting characters
 * are refused too: they can make a text read differently from what it says.
 *
 * <p>Refusals are message keys under {@code messagePrefix}: {@code .required}, {@code .tooShort} (minimum,
 * actual), {@code .tooLong} (maximum, actual), {@code .controlCharacters}.
 */
public record TextRule(String field, String messagePrefix, int min, int max, boolean multiLine) {

    public TextRule {
        Objects.requireNonNull(field);
        Objects.requireNonNull(messagePrefix);
        if (min < 0 || max < Math.max(1, min)) {
            throw new IllegalArgumentException("Bounds of " + field + ": " + min + ".." + max);
        }
    }

    /**
     * The text as it is stored, or null if it is absent (blank counts as absent) or breaks the rule; in that
     * case the reason is added to {@code violations}.
     */
    public String apply(String raw, List<Violation> violations) {
        String text = normalize(raw);
        if (text == null) {
            if (min > 0) {
                violations.add(new Violation(field, messagePrefix + ".required"));
            }
            return null;
        }
        if (!text.codePoints().allMatch(this::allowed)) {
            violations.add(new Violation(field, messagePrefix + ".controlCharacters"));
            return null;
        }
        int length = length(text);
        if (length < min) {
            violations.add(new Violation(field, messagePrefix + ".tooShort", min, length));
            return null;
        }
        if (length > max) {
            violations.add(new Violation(field, messagePrefix + ".tooLong", max, length));
            return null;
        }
        return text;
    }

    /** Line breaks of any platform as {@code \n}, surrounding blanks stripped; null for null or blank. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    /** The number of characters as a reader counts them: a character outside the BMP counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** The lines of a stored text, for showing it line by line as text (never as HTML). */
    public static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private boolean allowed(int c) {
        if (c == '\n' || c == '\t') {
            return multiLine;
        }
        return Character.getType(c) != Character.CONTROL && !isBidiControl(c)
                && c != '\u2028' && c != '\u2029';
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
