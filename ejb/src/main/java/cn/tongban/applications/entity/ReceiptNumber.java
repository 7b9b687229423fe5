package cn.tongban.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The receipt number (办件编号) an applicant gets at once on submission, e.g. {@code 20261125-ZJJ-7K3QM2XAP}:
 * the day of submission, the owning department, eight random characters that make numbers impossible to
 * guess in sequence, and a check character (Luhn mod 32) that catches a mistyped character. The random part
 * uses Crockford's alphabet, which has no I, L, O or U to confuse with 1 and 0.
 */
@Embeddable
public class ReceiptNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORMAT = Pattern.compile("(\\d{8})-([A-Z0-9]{2,16})-([" + ALPHABET + "]{9})");

    @Column(name = "receipt_number", nullable = false, unique = true, length = 40)
    private String value;

    protected ReceiptNumber() {
    }

    private ReceiptNumber(String value) {
        this.value = value;
    }

    public static ReceiptNumber issue(LocalDate day, String departmentCode, RandomGenerator random) {
        Objects.requireNonNull(day);
        String department = departmentCode.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        StringBuilder randomPart = new StringBuilder(RANDOM_LENGTH + 1);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            randomPart.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String date = DAY.format(day);
        randomPart.append(checkCharacter(date + randomPart));
        return new ReceiptNumber(date + "-" + department + "-" + randomPart);
    }

    /** Reads a receipt number as typed by a person: case and surrounding blanks do not matter. */
    public static ReceiptNumber parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No receipt number");
        }
        String normal = text.strip().toUpperCase(java.util.Locale.ROOT);
        var matcher = FORMAT.matcher(normal);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a receipt number: " + text);
        }
        String checked = matcher.group(1) + matcher.group(3);
        if (!valid(checked)) {
            throw new IllegalArgumentException("Receipt number check character does not match: " + text);
        }
        try {
            LocalDate.parse(matcher.group(1), DAY);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Receipt number has no real date: " + text, e);
        }
        return new ReceiptNumber(normal);
    }

    public static boolean isWellFormed(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static char checkCharacter(String payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    private static boolean valid(String payloadWithCheck) {
        int n = ALPHABET.length();
        int factor = 1;
        int sum = 0;
        for (int i = payloadWithCheck.length() - 1; i >= 0; i--) {
            int index = ALPHABET.indexOf(payloadWithCheck.charAt(i));
            if (index < 0) {
                return false;
            }
            int addend = factor * index;
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return sum % n == 0;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceiptNumber other && value.equals(other.value);
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
