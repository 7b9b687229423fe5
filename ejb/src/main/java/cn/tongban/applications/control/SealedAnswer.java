package cn.tongban.applications.control;

import cn.tongban.applications.entity.IdempotencyKey;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps a submission's first answer so that a repeat with the same idempotency key can be answered alike, query
 * code included, without the database ever holding the query code readably (only its hash is kept elsewhere):
 * the answer is encrypted with AES-GCM under a key derived from the caller's account and the idempotency key,
 * which only the caller knows (the database keeps the idempotency key's hash, not the key). Whoever reads the
 * database cannot open it; the caller repeating the request can.
 */
public final class SealedAnswer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SealedAnswer() {
    }

    public static String seal(String answer, long accountId, IdempotencyKey key) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, secret(accountId, key), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(answer.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The answer, or empty when it cannot be opened with this key (damaged, or sealed under another key). */
    public static Optional<String> open(String sealed, long accountId, IdempotencyKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, secret(accountId, key), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec secret(long accountId, IdempotencyKey key) throws GeneralSecurityException {
        byte[] material = ("tongban.submission-answer|" + accountId + "|" + key.value()).getBytes(StandardCharsets.UTF_8);
        return new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(material), "AES");
    }
}
