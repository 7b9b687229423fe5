package cn.tongban.applications.control;

import cn.tongban.applications.entity.IdempotencyKey;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedAnswerTest {

    private static final IdempotencyKey KEY = IdempotencyKey.of("b1c2d3e4-key");
    private static final String ANSWER = "{\"receiptNumber\":\"20261125-ZJJ-7K3QM2XAP\",\"queryCode\":\"7K3QM2XA\"}";

    @Test
    void theCallerWithTheKeyOpensWhatWasSealed() {
        String sealed = SealedAnswer.seal(ANSWER, 42, KEY);
        assertFalse(sealed.contains("7K3QM2XA"));
        assertEquals(ANSWER, SealedAnswer.open(sealed, 42, KEY).orElseThrow());
        assertNotEquals(sealed, SealedAnswer.seal(ANSWER, 42, KEY), "a fresh nonce each time");
    }

    @Test
    void anotherKeyOrAccountOrDamageOpensNothing() {
        String sealed = SealedAnswer.seal(ANSWER, 42, KEY);
        assertTrue(SealedAnswer.open(sealed, 42, IdempotencyKey.of("other")).isEmpty());
        assertTrue(SealedAnswer.open(sealed, 43, KEY).isEmpty());
        assertTrue(SealedAnswer.open(sealed.substring(0, sealed.length() - 4) + "AAAA", 42, KEY).isEmpty());
        assertTrue(SealedAnswer.open("not base64!", 42, KEY).isEmpty());
    }
}
