package cn.tongban.applications.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The query code (查询码) an applicant gets once, with the receipt number, to follow the application without
 * signing in (结果反馈, 第四、十三条). Eight random characters of Crockford's alphabet (no I, L, O or U):
 * 32<sup>8</sup> ≈ 10<sup>12</sup> codes, against the five tries in fifteen minutes the lookup allows.
 *
 * <p>Only a hash is stored: SHA-256 over the receipt number (a unique salt) and the code. A slow hash
 * (PBKDF2) would only guard against someone who has read the database, who has the timeline it protects
 * already; a fast one keeps every lookup, hit or miss, equally cheap and makes a flood of lookups cost the
 * server nothing.
 */
public final class QueryCode {

    static final String ALPHABET = ReceiptNumber.ALPHABET;
    public static final int LENGTH = 8;

    private final String value;

    private QueryCode(String value) {
        this.value = value;
    }

    public static QueryCode issue(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new QueryCode(code.toString());
    }

    /**
     * The code as a person typed it, in Crockford's reading: case, blanks and hyphens do not matter, O is 0 and
     * I or L is 1. Anything else is kept as typed, so that it simply does not match.
     */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String upper = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return upper.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** The stored form: hex SHA-256 of the receipt number and the code. */
    public String hash(ReceiptNumber receipt) {
        return hash(receipt.value(), value);
    }

    /**
     * Whether the typed code is the one whose hash is stored. Always hashes and compares in constant time, also
     * when there is no stored hash (an unknown receipt number), so that a miss takes as long as a hit.
     */
    public static boolean matches(String storedHash, String receipt, String typed) {
        byte[] computed = digest(String.valueOf(receipt), normalise(typed));
        byte[] stored = storedHash == null ? new byte[computed.length] : HexFormat.of().parseHex(storedHash);
        return MessageDigest.isEqual(computed, stored) && storedHash != null;
    }

    static String hash(String receipt, String code) {
        return HexFormat.of().formatHex(digest(receipt, code));
    }

    private static byte[] digest(String receipt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("tongban-query-code-v1:".getBytes(StandardCharsets.UTF_8));
            sha.update(receipt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the code itself, which must not end up in a log. */
    @Override
    public String toString() {
        return "QueryCode[********]";
    }
}
