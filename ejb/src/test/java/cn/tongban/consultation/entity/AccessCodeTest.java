package cn.tongban.consultation.entity;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessCodeTest {

    private static final String NUMBER = "ZX-20261125-7K3QM2XA";

    @Test
    void anIssuedCodeIsTwoGroupsOfFour() {
        String code = AccessCode.issue(new Random());
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
    }

    @Test
    void theHashMatchesTheCodeHoweverItIsTyped() {
        String hash = AccessCode.hash(NUMBER, "4F7K-Q2XM");
        assertTrue(AccessCode.matches(hash, NUMBER, "4F7K-Q2XM"));
        assertTrue(AccessCode.matches(hash, NUMBER, " 4f7k q2xm "));
        assertTrue(AccessCode.matches(hash, NUMBER, "4F7KQ2XM"));
    }

    @Test
    void theHashHoldsNoCodeAndIsBoundToTheNumber() {
        String hash = AccessCode.hash(NUMBER, "4F7K-Q2XM");
        assertFalse(hash.contains("4F7K"));
        assertNotEquals(hash, AccessCode.hash("ZX-20261125-7K3QM2XB", "4F7K-Q2XM"));
        assertFalse(AccessCode.matches(hash, "ZX-20261125-7K3QM2XB", "4F7K-Q2XM"));
    }

    @Test
    void aWrongOrMalformedCodeDoesNotMatch() {
        String hash = AccessCode.hash(NUMBER, "4F7K-Q2XM");
        assertFalse(AccessCode.matches(hash, NUMBER, "4F7K-Q2XN"));
        assertFalse(AccessCode.matches(hash, NUMBER, "4F7K"));
        assertFalse(AccessCode.matches(hash, NUMBER, ""));
        assertFalse(AccessCode.matches(hash, NUMBER, null));
        assertFalse(AccessCode.matches(null, NUMBER, "4F7K-Q2XM"));
        assertFalse(AccessCode.matches("plain", NUMBER, "4F7K-Q2XM"));
    }
}
