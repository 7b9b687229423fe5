package cn.tongban.applications.entity;

import cn.tongban.platform.entity.BusinessException;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key a client sends with a submission ({@code Idempotency-Key}, or the token of the portal's apply form) so
 * that sending it again — a retry after a lost answer, a double click — makes no second application. Printable
 * ASCII, at most {@value #MAX_LENGTH} characters; a random UUID is the usual choice. Only its SHA-256 is stored.
 */
public record IdempotencyKey(String value) implements Serializable {

    public static final int MAX_LENGTH = 128;

    public IdempotencyKey {
        Objects.requireNonNull(value);
    }

    /** The key as sent, or an INVALID refusal naming the header when it is missing, too long or not printable ASCII. */
    public static IdempotencyKey of(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("submission.keyMissing", MAX_LENGTH);
        }
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw BusinessException.invalid("submission.keyInvalid", MAX_LENGTH);
        }
        return new IdempotencyKey(value);
    }

    /** The SHA-256 of the key in hex: what the database keeps to find the key again. */
    public String hash() {
        return sha256Hex(value.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "IdempotencyKey[…]";
    }
}
