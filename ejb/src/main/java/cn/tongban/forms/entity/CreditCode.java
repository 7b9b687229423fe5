package cn.tongban.forms.entity;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码) of a legal person or other organisation, as GB 32100-2015
 * defines it: 18 characters of a 31-character alphabet without I, O, Z, S and V (easily mistaken for 1, 0, 2,
 * 5 and U); position 1 the registration authority, position 2 the category of organisation, positions 3-8 the
 * region code of GB/T 2260, positions 9-17 the organisation code of GB 11714, and position 18 a check
 * character over the first 17. Credit codes are public, so {@link #toString()} shows the whole code.
 */
public final class CreditCode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a text is not a credit code. The message bundles choose their wording by ordinal: append only. */
    public enum Defect {
        FORMAT("not 18 characters of 0-9 and A-Z without I, O, Z, S and V"),
        AUTHORITY("the registration authority or organisation category (positions 1-2) is not one of GB 32100"),
        REGION("the region code (positions 3-8) is not six digits of a province group 1-8"),
        CHECK_CHARACTER("the check character does not match (GB 32100)");

        private final String reason;

        Defect(String reason) {
            this.reason = reason;
        }

        /** The reason in English, for exceptions and logs. */
        public String reason() {
            return reason;
        }
    }

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /*
     * 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商 (market regulation),
     * A 中央军委改革和编制办公室, N 农业, Y 其他: the table of GB 32100-2015 as amended since.
     */
    private static final String AUTHORITIES = "123456789ANY";
    private static final Pattern REGION = Pattern.compile("[1-8]\\d{5}");

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * Reads a code as typed by a person: blanks around it and the case of its letters do not matter.
     *
     * @throws IllegalArgumentException naming the rule the text breaks
     */
    public static CreditCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No unified social credit code");
        }
        String normal = normalise(text);
        Optional<Defect> defect = defectOfNormal(normal);
        if (defect.isPresent()) {
            throw new IllegalArgumentException("Not a unified social credit code: " + defect.get().reason() + ": " + text);
        }
        return new CreditCode(normal);
    }

    public static boolean isValid(String text) {
        return defect(text).isEmpty();
    }

    /** The first rule the text breaks, or empty if it is a valid code; a null text is badly formatted. */
    public static Optional<Defect> defect(String text) {
        return text == null ? Optional.of(Defect.FORMAT) : defectOfNormal(normalise(text));
    }

    private static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<Defect> defectOfNormal(String normal) {
        if (normal.length() != 18 || normal.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.of(Defect.FORMAT);
        }
        // The category is a digit in every table of the standard; the tables differ per authority and keep
        // growing, so only its form is checked and the check character guards against typos.
        char category = normal.charAt(1);
        if (AUTHORITIES.indexOf(normal.charAt(0)) < 0 || category < '1' || category > '9') {
            return Optional.of(Defect.AUTHORITY);
        }
        // Central organs register under 100000; the full GB/T 2260 table is not checked, because a code keeps
        // the region of its first registration for life while regions are merged and renamed.
        if (!REGION.matcher(normal.substring(2, 8)).matches()) {
            return Optional.of(Defect.REGION);
        }
        // GB 11714 gives positions 9-17 a check character of their own. It is not verified: the 18th character
        // already covers those positions, and a stricter rule than GB 32100's risks refusing a real code.
        if (checkCharacter(normal) != normal.charAt(17)) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** GB 32100-2015 section 5: C18 = 31 - (sum of Wi * Ci mod 31), where 31 is written as 0. */
    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The whole code, upper case. */
    public String value() {
        return value;
    }

    /** The registration authority (登记管理部门代码), e.g. {@code 9} for market regulation. */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** The region code (登记管理机关行政区划码) of GB/T 2260. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** The organisation code (主体标识码) of GB 11714, with its own check character. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (value == null || defectOfNormal(value).isPresent()) {
            throw new InvalidObjectException("Not a unified social credit code");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
