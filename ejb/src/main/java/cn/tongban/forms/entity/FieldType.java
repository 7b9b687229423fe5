package cn.tongban.forms.entity;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of field an online form has, each knowing how to check one submitted JSON value and bring it to
 * one normal form, so that the JSF form, the JSON API and partner systems store the same thing for the same
 * input. A value is refused with a message key of {@code cn.tongban.platform.messages}; the key's first
 * argument is the field's label, supplied by whoever knows the field.
 * <p>
 * An empty value (absent, JSON {@code null} or a blank string) is not a value: whether it may be left empty
 * is the field's business ({@link FieldDefinition#required()}), so {@link #normalise} refuses it as missing.
 */
public enum FieldType {

    /** One line of text, such as a name or an address. */
    TEXT {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            return text(raw, 200, false);
        }
    },
    /** Several lines of text, such as a business scope. */
    TEXTAREA {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            return text(raw, 4_000, true);
        }
    },
    /** A count: a whole number from 0 up to a billion. */
    NUMBER {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            BigDecimal number = decimal(raw);
            if (number == null || number.signum() < 0 || number.compareTo(BigDecimal.valueOf(MAX_NUMBER)) > 0
                    || decimals(number) > 0) {
                return Outcome.refused("form.number", MAX_NUMBER);
            }
            return Outcome.accepted(Json.createValue(number.longValueExact()));
        }
    },
    /** An amount in yuan, to the fen; kept with exactly two decimals. */
    MONEY_CNY {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            BigDecimal amount = decimal(raw);
            if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0 || decimals(amount) > 2) {
                return Outcome.refused("form.money");
            }
            return Outcome.accepted(Json.createValue(amount.setScale(2)));
        }
    },
    /** An area in square metres, to the hundredth; kept with exactly two decimals. */
    AREA_SQM {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            BigDecimal area = decimal(raw);
            if (area == null || area.signum() <= 0 || area.compareTo(MAX_AREA) > 0 || decimals(area) > 2) {
                return Outcome.refused("form.area");
            }
            return Outcome.accepted(Json.createValue(area.setScale(2)));
        }
    },
    /** A calendar date written {@code yyyy-MM-dd}. */
    DATE {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            if (raw instanceof JsonString string && ISO_DATE.matcher(string.getString().strip()).matches()) {
                try {
                    return Outcome.accepted(Json.createValue(LocalDate.parse(string.getString().strip()).toString()));
                } catch (DateTimeParseException e) {
                    // 2026-02-30 has the right shape but is no day
                }
            }
            return Outcome.refused("form.date");
        }
    },
    /** One of the field's options, exactly as written in the form definition. */
    SELECT {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            if (raw instanceof JsonString string && options.contains(string.getString())) {
                return Outcome.accepted(Json.createValue(string.getString()));
            }
            return Outcome.refused("form.option", String.join("、", options));
        }
    },
    /** A resident identity number of GB 11643, see {@link IdCardNumber}. */
    ID_CARD {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            String text = raw instanceof JsonString string ? string.getString() : null;
            Optional<IdCardNumber.Defect> defect = IdCardNumber.defect(text, today);
            if (defect.isPresent()) {
                return Outcome.refused("form.idCard", defect.get().ordinal());
            }
            return Outcome.accepted(Json.createValue(IdCardNumber.parse(text, today).value()));
        }
    },
    /** A unified social credit code of GB 32100, see {@link CreditCode}. */
    USCC {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            String text = raw instanceof JsonString string ? string.getString() : null;
            Optional<CreditCode.Defect> defect = CreditCode.defect(text);
            if (defect.isPresent()) {
                return Outcome.refused("form.creditCode", defect.get().ordinal());
            }
            return Outcome.accepted(Json.createValue(CreditCode.parse(text).value()));
        }
    },
    /**
     * A telephone number to reach the applicant: a mobile number (kept as its eleven digits, see
     * {@link MobileNumber}) or a landline with its area code (kept as {@code 0769-22123456}).
     */
    PHONE {
        @Override
        Outcome check(JsonValue raw, List<String> options, LocalDate today) {
            if (raw instanceof JsonString string) {
                if (MobileNumber.isValid(string.getString())) {
                    return Outcome.accepted(Json.createValue(MobileNumber.parse(string.getString()).value()));
                }
                String landline = landline(string.getString());
                if (landline != null) {
                    return Outcome.accepted(Json.createValue(landline));
                }
            }
            return Outcome.refused("form.phone");
        }
    };

    /**
     * What checking one value gave: the value in its normal form, or the message key that refuses it with the
     * arguments that follow the field's label.
     */
    public record Outcome(JsonValue value, String key, List<Serializable> details) {

        public Outcome {
            if ((value == null) == (key == null)) {
                throw new IllegalArgumentException("An outcome is either a value or a refusal");
            }
            details = List.copyOf(details);
        }

        static Outcome accepted(JsonValue value) {
            return new Outcome(Objects.requireNonNull(value), null, List.of());
        }

        static Outcome refused(String key, Serializable... details) {
            return new Outcome(null, key, List.of(details));
        }

        public boolean isAccepted() {
            return value != null;
        }
    }

    private static final long MAX_NUMBER = 1_000_000_000L;
    private static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(12);
    private static final BigDecimal MAX_AREA = BigDecimal.TEN.pow(9);
    /* Digits only: a sign, exponent or grouping would make "1,000" or "1e3" mean different things to different people. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,20}(\\.\\d{1,20})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LANDLINE_SEPARATORS = Pattern.compile("[ \\-]");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");

    /**
     * Checks one submitted value and brings it to its normal form.
     *
     * @param raw     the value as submitted; strings for every type, JSON numbers too for the numeric ones
     * @param options the options of a {@link #SELECT} field, ignored by the others
     * @param today   the day in China, which a birth date in a {@link #ID_CARD} may not come after
     */
    public Outcome normalise(JsonValue raw, List<String> options, LocalDate today) {
        Objects.requireNonNull(options);
        Objects.requireNonNull(today);
        if (isEmpty(raw)) {
            return Outcome.refused("form.required");
        }
        return check(raw, options, today);
    }

    abstract Outcome check(JsonValue raw, List<String> options, LocalDate today);

    /** Whether a submitted value counts as left empty: absent, JSON {@code null}, or a string of blanks only. */
    public static boolean isEmpty(JsonValue raw) {
        return raw == null || raw.getValueType() == JsonValue.ValueType.NULL
                || raw instanceof JsonString string && string.getString().isBlank();
    }

    /*
     * Strips blanks with String.strip, which knows the ideographic space U+3000 that Chinese input methods type.
     * Control characters are refused because they break printed licences and exports (and PostgreSQL refuses
     * NUL); lone surrogates because they are no text at all. Length counts characters, not UTF-16 units, so a
     * rare character of a person's name (生僻字 beyond the BMP) counts once, as it does in a varchar column.
     */
    private static Outcome text(JsonValue raw, int maxLength, boolean multiLine) {
        if (!(raw instanceof JsonString string)) {
            return Outcome.refused("form.text");
        }
        String text = string.getString();
        if (multiLine) {
            // browsers send a textarea's line breaks as CRLF
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        text = text.strip();
        boolean clean = text.codePoints().allMatch(c -> (multiLine && c == '\n')
                || (Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.SURROGATE));
        if (!clean) {
            return Outcome.refused("form.text");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Outcome.refused("form.tooLong", maxLength);
        }
        return Outcome.accepted(Json.createValue(text));
    }

    private static BigDecimal decimal(JsonValue raw) {
        if (raw instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (raw instanceof JsonString string && PLAIN_DECIMAL.matcher(string.getString().strip()).matches()) {
            return new BigDecimal(string.getString().strip());
        }
        return null;
    }

    /** Decimals that carry a value: 12.50 has one, 1E+3 none. Only called on numbers already bounded above. */
    private static int decimals(BigDecimal number) {
        return Math.max(0, number.stripTrailingZeros().scale());
    }

    /*
     * 010 (Beijing) and 020 to 029 are the only three-digit area codes of the mainland; all others have four
     * digits. That rule, not where the writer put a hyphen, says where the area code ends. Local numbers have
     * seven or eight digits and never start with 0 (the trunk prefix) or 1 (special services). Extensions are
     * not accepted.
     */
    private static String landline(String text) {
        String digits = LANDLINE_SEPARATORS.matcher(text.strip()).replaceAll("");
        if (!LANDLINE.matcher(digits).matches()) {
            return null;
        }
        int areaLength;
        if (digits.startsWith("010") || digits.startsWith("02")) {
            areaLength = 3;
        } else if (digits.startsWith("01")) {
            return null;
        } else {
            areaLength = 4;
        }
        String local = digits.substring(areaLength);
        if (local.length() < 7 || local.length() > 8 || local.charAt(0) == '0' || local.charAt(0) == '1') {
            return null;
        }
        return digits.substring(0, areaLength) + "-" + local;
    }
}
