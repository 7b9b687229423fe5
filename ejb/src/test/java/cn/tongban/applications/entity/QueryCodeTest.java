package cn.tongban.applications.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryCodeTest {

    private static final ReceiptNumber RECEIPT = ReceiptNumber.issue(LocalDate.of(2026, 11, 25), "ZJJ", new SplittableRandom(3));

    @Test
    void eightCharactersOfTheUnambiguousAlphabet() {
        var random = new SplittableRandom(11);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = QueryCode.issue(random).value();
            assertEquals(8, code.length(), code);
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(32, seen.size(), "every character of the alphabet is used: " + seen);
        assertFalse(seen.contains('I') || seen.contains('L') || seen.contains('O') || seen.contains('U'));
    }

    @Test
    void codesDoNotRepeat() {
        var random = new SplittableRandom(5);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(QueryCode.issue(random).value());
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void theHashMatchesOnlyItsCodeAndReceipt() {
        QueryCode code = QueryCode.issue(new SplittableRandom(1));
        String hash = code.hash(RECEIPT);
        assertEquals(64, hash.length());
        assertFalse(hash.contains(code.value()), "only the hash is stored");
        assertTrue(QueryCode.matches(hash, RECEIPT.value(), code.value()));
        String other = code.value().charAt(0) == 'A' ? "B" + code.value().substring(1) : "A" + code.value().substring(1);
        assertFalse(QueryCode.matches(hash, RECEIPT.value(), other));
        assertFalse(QueryCode.matches(hash, RECEIPT.value() + "X", code.value()), "the receipt number salts the hash");
        assertFalse(QueryCode.matches(hash, RECEIPT.value(), ""));
        assertFalse(QueryCode.matches(hash, RECEIPT.value(), null));
    }

    @Test
    void theSameCodeHashesDifferentlyForAnotherReceipt() {
        QueryCode code = QueryCode.issue(new SplittableRandom(1));
        ReceiptNumber other = ReceiptNumber.issue(LocalDate.of(2026, 11, 25), "ZJJ", new SplittableRandom(4));
        assertNotEquals(code.hash(RECEIPT), code.hash(other));
    }

    @Test
    void typedAsAPersonWouldWhateverTheCaseBlanksOrLookAlikes() {
        String hash = QueryCode.hash(RECEIPT.value(), "0A1B2C3D");
        assertTrue(QueryCode.matches(hash, RECEIPT.value(), "0a1b2c3d"));
        assertTrue(QueryCode.matches(hash, RECEIPT.value(), " 0A1B-2C3D "));
        assertTrue(QueryCode.matches(hash, RECEIPT.value(), "OAIB2C3D"), "O is 0 and I is 1 in Crockford's reading");
        assertTrue(QueryCode.matches(hash, RECEIPT.value(), "0AlB2C3D"), "l is 1 too");
    }

    @Test
    void noStoredHashNeverMatches() {
        assertFalse(QueryCode.matches(null, RECEIPT.value(), "0A1B2C3D"));
        assertFalse(QueryCode.matches(null, "nonsense", ""));
    }

    @Test
    void theCodeStaysOutOfLogs() {
        QueryCode code = QueryCode.issue(new SplittableRandom(9));
        assertFalse(code.toString().contains(code.value()));
    }
}
