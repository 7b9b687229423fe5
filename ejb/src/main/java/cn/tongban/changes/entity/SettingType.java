package cn.tongban.changes.entity;

import cn.tongban.platform.entity.Violation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of value a setting holds, and so which proposed values are acceptable. A value is first normalised
 * (blanks around it removed, an integer written plainly), then checked; the normalised form is what is stored.
 */
public enum SettingType {

    /**
     * An absolute https address with a host and without a user name or password in it, e.g. a department's
     * interface endpoint (第五条). Plain http is refused: the systems talk over the city's e-government network,
     * and configuration must not weaken that (第二十条).
     */
    URL {
        @Override
        Optional<Violation> check(String name, String value, Long minimum, Long maximum) {
            Violation refused = new Violation(FIELD, "setting.invalidUrl", name, MAX_URL_LENGTH);
            if (value.isEmpty() || value.length() > MAX_URL_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
                return Optional.of(refused);
            }
            try {
                URI uri = new URI(value);
                boolean https = "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT));
                return https && uri.getHost() != null && uri.getRawUserInfo() == null ? Optional.empty() : Optional.of(refused);
            } catch (URISyntaxException e) {
                return Optional.of(refused);
            }
        }
    },

    /** A whole number, within the setting's minimum and maximum if it has them (both or neither). */
    INTEGER {
        @Override
        String normalise(String value) {
            String text = super.normalise(value);
            try {
                return Long.toString(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return text;
            }
        }

        @Override
        Optional<Violation> check(String name, String value, Long minimum, Long maximum) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                return Optional.of(new Violation(FIELD, "setting.invalidInteger", name));
            }
            if (minimum != null && maximum != null && (number < minimum || number > maximum)) {
                return Optional.of(new Violation(FIELD, "setting.outOfRange", name, minimum, maximum));
            }
            return Optional.empty();
        }
    },

    /** A line of text: not blank, no control characters, at most 1000 characters. */
    TEXT {
        @Override
        Optional<Violation> check(String name, String value, Long minimum, Long maximum) {
            boolean valid = !value.isEmpty() && value.codePointCount(0, value.length()) <= MAX_TEXT_LENGTH
                    && value.codePoints().noneMatch(Character::isISOControl);
            return valid ? Optional.empty() : Optional.of(new Violation(FIELD, "setting.invalidText", name, MAX_TEXT_LENGTH));
        }
    };

    /** The field of a change request that a refused value is reported on. */
    public static final String FIELD = "proposedValue";
    static final int MAX_URL_LENGTH = 500;
    static final int MAX_TEXT_LENGTH = 1000;

    /** The value as it would be stored; null becomes the empty string, which no type accepts. */
    String normalise(String value) {
        return value == null ? "" : value.strip();
    }

    /** Why a normalised value is not acceptable for the setting named, if it is not. */
    abstract Optional<Violation> check(String name, String value, Long minimum, Long maximum);
}
