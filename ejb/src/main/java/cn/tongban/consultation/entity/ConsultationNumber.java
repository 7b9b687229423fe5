package cn.tongban.consultation.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The consultation number (咨询编号) an asker gets at once, e.g. {@code ZX-20261125-7K3QM2XA}: 咨询, the day
 * asked and eight random characters of Crockford's alphabet (no I, L, O or U). It names a question; it never
 * grants reading it, so it need not be secret, only unique.
 */
public final class ConsultationNumber {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TYPED = Pattern.compile("ZX-?(\\d{8})-?([0-9A-Z]{8})");

    private ConsultationNumber() {
    }

    public static String issue(LocalDate day, RandomGenerator random) {
        Objects.requireNonNull(day);
        return "ZX-" + DAY.format(day) + "-" + randomCharacters(RANDOM_LENGTH, random);
    }

    /**
     * A number as a person typed it, in its stored form: case, blanks and missing hyphens do not matter, and
     * O, I and L in the random part are read as 0, 1 and 1. Empty if it cannot be a consultation number.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var matcher = TYPED.matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String random = crockford(matcher.group(2));
        if (random == null) {
            return Optional.empty();
        }
        return Optional.of("ZX-" + matcher.group(1) + "-" + random);
    }

    static String randomCharacters(int length, RandomGenerator random) {
        StringBuilder characters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            characters.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return characters.toString();
    }

    /** Upper-case characters read as Crockford's alphabet reads them; null if one is not in it (U). */
    static String crockford(String upper) {
        StringBuilder read = new StringBuilder(upper.length());
        for (char c : upper.toCharArray()) {
            char r = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(r) < 0) {
                return null;
            }
            read.append(r);
        }
        return read.toString();
    }
}
