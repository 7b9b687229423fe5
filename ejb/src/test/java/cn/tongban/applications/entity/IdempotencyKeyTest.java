package cn.tongban.applications.entity;

import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotencyKeyTest {

    @Test
    void aUuidIsAKeyAndOnlyItsHashIsShown() {
        var key = IdempotencyKey.of("0f6a4c52-5d1e-4b8e-9d1a-2f0c7e3b9a11");
        assertEquals(64, key.hash().length());
        assertFalse(key.toString().contains("0f6a"));
        assertEquals(IdempotencyKey.of(key.value()).hash(), key.hash());
    }

    @Test
    void theLongestKeyIsAccepted() {
        assertEquals(128, IdempotencyKey.of("k".repeat(128)).value().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "with blank", "中文键", "tab\tkey"})
    void blankOrNonAsciiKeysAreRefused(String text) {
        var e = assertThrows(BusinessException.class, () -> IdempotencyKey.of(text));
        assertEquals(BusinessException.Reason.INVALID, e.reason());
    }

    @Test
    void missingAndOverlongKeysAreRefused() {
        assertEquals("submission.keyMissing", assertThrows(BusinessException.class, () -> IdempotencyKey.of(null)).key());
        assertEquals("submission.keyInvalid",
                assertThrows(BusinessException.class, () -> IdempotencyKey.of("k".repeat(129))).key());
    }
}
