package cn.tongban.notices.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code printed on a notice next to its number: whoever holds the paper can have it confirmed as genuine,
 * and nobody can confirm a notice they merely guessed the number of. Letters and digits that cannot be
 * mistaken for one another when typed from paper.
 */
public final class VerificationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private VerificationCode() {
    }

    public static String issue(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a code as typed (any case, spaces around) is the issued one; compared in constant time. */
    public static boolean matches(String issued, String typed) {
        if (issued == null || typed == null) {
            return false;
        }
        byte[] a = issued.getBytes(StandardCharsets.US_ASCII);
        byte[] b = typed.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b);
    }
}
