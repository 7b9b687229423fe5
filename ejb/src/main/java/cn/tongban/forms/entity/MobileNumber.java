package cn.tongban.forms.entity;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number: eleven digits starting 13 to 19, the numbering plan the Ministry of Industry
 * and Information Technology assigns to mobile networks. People write it with the country code and with
 * blanks or hyphens between the groups ({@code +86 138-0013-8000}); it is kept as the eleven digits alone,
 * which is what SMS gateways expect. {@link #toString()} masks the middle four digits, as Chinese services
 * commonly do, because a phone number is personal information and objects end up in logs.
 */
public final class MobileNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern DIGITS = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");

    private final String value;

    private MobileNumber(String value) {
        this.value = value;
    }

    /**
     * Reads a number as typed by a person: blanks and hyphens anywhere, and a leading {@code +86} or
     * {@code 86}, are dropped.
     *
     * @throws IllegalArgumentException if what remains is not eleven digits starting 13 to 19
     */
    public static MobileNumber parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No mobile number");
        }
        String digits = normalise(text);
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not a mainland China mobile number: not eleven digits starting 13 to 19");
        }
        return new MobileNumber(digits);
    }

    public static boolean isValid(String text) {
        return text != null && DIGITS.matcher(normalise(text)).matches();
    }

    private static String normalise(String text) {
        String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
        // A mobile number itself starts with 1, so a leading 86 can only be the country code.
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        return compact.startsWith("86") ? compact.substring(2) : compact;
    }

    /** The eleven digits. */
    public String value() {
        return value;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new InvalidObjectException("Not a mainland China mobile number");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The number with its middle four digits masked, e.g. {@code 138****8000}: see the class comment. */
    @Override
    public String toString() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
