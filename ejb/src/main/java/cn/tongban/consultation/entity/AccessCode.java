package cn.tongban.consultation.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The access code (查询码) a visitor gets once with their consultation number, e.g. {@code 4F7K-Q2XM}; number
 * and code together let them read their question and its answer (第二十三条(四): nobody else may). Forty
 * random bits are far more than anyone can try over the network.
 *
 * <p>Only a hash is stored, so the table never holds a usable code. A slow password hash would add nothing:
 * the code unlocks only what the same row already holds.
 */
public final class AccessCode {

    private static final int LENGTH = 8;
    private static final String SCHEME = "sha256:";
    private static final Pattern TYPED = Pattern.compile("[0-9A-Z]{8}");

    private AccessCode() {
    }

    /** A new code in its shown form, two groups of four. */
    public static String issue(RandomGenerator random) {
        String code = ConsultationNumber.randomCharacters(LENGTH, random);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** The stored hash of a code, bound to its consultation number. */
    public static String hash(String number, String code) {
        String normal = normalize(code).orElseThrow(() -> new IllegalArgumentException("Not an access code"));
        return SCHEME + Base64.getEncoder().withoutPadding().encodeToString(digest(number + ":" + normal));
    }

    /** Whether the typed code is the one whose hash is stored; false for anything malformed. */
    public static boolean matches(String storedHash, String number, String typed) {
        if (storedHash == null || !storedHash.startsWith(SCHEME)) {
            return false;
        }
        Optional<String> normal = normalize(typed);
        if (normal.isEmpty()) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(storedHash.substring(SCHEME.length()));
        return MessageDigest.isEqual(expected, digest(number + ":" + normal.get()));
    }

    /** A code as typed: case, blanks and hyphens do not matter; O, I and L are read as 0, 1 and 1. */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
        if (!TYPED.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ConsultationNumber.crockford(compact));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
