package cn.tongban.forms.entity;

import cn.tongban.platform.boundary.Clocks;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An 18-character resident identity number (公民身份号码) as GB 11643-1999 defines it: a 6-digit address code,
 * the birth date as {@code YYYYMMDD}, a 3-digit sequence whose last digit is odd for men and even for women,
 * and a check character of ISO 7064 MOD 11-2 that catches every single wrong digit and every swap of two
 * neighbours. The first-generation 15-digit numbers are not accepted: those cards stopped being valid in 2013.
 * <p>
 * {@link #toString()} masks the middle of the number, because an identity number is sensitive personal
 * information and objects end up in logs; {@link #value()} gives the whole number.
 */
public final class IdCardNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a text is not a resident identity number. The message bundles choose their wording by ordinal: append only. */
    public enum Defect {
        FORMAT("not 17 digits followed by a digit or X"),
        REGION("the address code does not start with a province group 1-8"),
        BIRTH_DATE("the birth date is not a real date between 1900-01-01 and today"),
        CHECK_CHARACTER("the check character does not match (GB 11643 / ISO 7064 MOD 11-2)");

        private final String reason;

        Defect(String reason) {
            this.reason = reason;
        }

        /** The reason in English, for exceptions and logs. */
        public String reason() {
            return reason;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdCardNumber(String value) {
        this.value = value;
    }

    /** Reads a number as typed by a person, checking the birth date against today in China. */
    public static IdCardNumber parse(String text) {
        return parse(text, today());
    }

    /**
     * Reads a number as typed by a person: blanks around it do not matter and a lower-case {@code x} counts as
     * {@code X}. The reason of a refusal never repeats the number, so that it stays out of logs.
     *
     * @throws IllegalArgumentException naming the rule the text breaks
     */
    public static IdCardNumber parse(String text, LocalDate today) {
        Objects.requireNonNull(today);
        if (text == null) {
            throw new IllegalArgumentException("No resident identity number");
        }
        String normal = normalise(text);
        Optional<Defect> defect = defectOfNormal(normal, today);
        if (defect.isPresent()) {
            throw new IllegalArgumentException("Not a resident identity number: " + defect.get().reason());
        }
        return new IdCardNumber(normal);
    }

    public static boolean isValid(String text) {
        return isValid(text, today());
    }

    public static boolean isValid(String text, LocalDate today) {
        return defect(text, today).isEmpty();
    }

    /** The first rule the text breaks, or empty if it is a valid number; a null text is badly formatted. */
    public static Optional<Defect> defect(String text, LocalDate today) {
        Objects.requireNonNull(today);
        return text == null ? Optional.of(Defect.FORMAT) : defectOfNormal(normalise(text), today);
    }

    private static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<Defect> defectOfNormal(String normal, LocalDate today) {
        if (!FORMAT.matcher(normal).matches()) {
            return Optional.of(Defect.FORMAT);
        }
        // GB/T 2260 province codes start with 1 to 8 (8 for Hong Kong, Macao and Taiwan residence permits).
        // The full table is not checked: counties are merged and renamed, and a number keeps its code for life.
        if (normal.charAt(0) < '1' || normal.charAt(0) > '8') {
            return Optional.of(Defect.REGION);
        }
        LocalDate birth = birthDateOf(normal);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (checkCharacter(normal) != normal.charAt(17)) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    private static LocalDate birthDateOf(String normal) {
        try {
            return LocalDate.of(Integer.parseInt(normal.substring(6, 10)), Integer.parseInt(normal.substring(10, 12)),
                    Integer.parseInt(normal.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits, as GB 11643-1999 section 6.2 prescribes. */
    private static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate today() {
        return LocalDate.now(Clocks.CHINA);
    }

    /** The whole number, upper case. */
    public String value() {
        return value;
    }

    /** The address code (地址码) of where the number was first issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** GB 11643-1999 gives men odd and women even sequence numbers. */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** A deserialised number passes the same checks as a parsed one, except that its birth date may be recent. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (value == null || defectOfNormal(value, LocalDate.MAX).isPresent()) {
            throw new InvalidObjectException("Not a resident identity number");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCardNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The number with its birth date masked, e.g. {@code 110105********002X}: see the class comment. */
    @Override
    public String toString() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
