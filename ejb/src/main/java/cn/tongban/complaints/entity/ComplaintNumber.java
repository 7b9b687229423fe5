package cn.tongban.complaints.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The complaint number (投诉编号) a complainant gets at once, e.g. {@code TS-20261125-7K3QM2XA}: 投诉, the day
 * filed and eight random characters of Crockford's alphabet. Random rather than counted, so that the numbers say
 * nothing about how many complaints there are; it never grants reading one without the access code.
 */
public final class ComplaintNumber {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TYPED = Pattern.compile("TS-?(\\d{8})-?([0-9A-Z]{8})");

    private ComplaintNumber() {
    }

    public static String issue(LocalDate day, RandomGenerator random) {
        Objects.requireNonNull(day);
        StringBuilder characters = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            characters.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return "TS-" + DAY.format(day) + "-" + characters;
    }

    /**
     * A number as a person typed it, in its stored form: case, blanks and missing hyphens do not matter, and
     * O, I and L in the random part are read as 0, 1 and 1. Empty if it cannot be a complaint number.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var matcher = TYPED.matcher(typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (char c : matcher.group(2).toCharArray()) {
            char r = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(r) < 0) {
                return Optional.empty();
            }
            random.append(r);
        }
        return Optional.of("TS-" + matcher.group(1) + "-" + random);
    }
}
