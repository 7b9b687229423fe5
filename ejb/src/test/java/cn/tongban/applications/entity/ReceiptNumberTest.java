package cn.tongban.applications.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void carriesDayAndDepartmentAndIsReadable() {
        String number = ReceiptNumber.issue(DAY, "ZJJ", new SplittableRandom(1)).value();
        assertTrue(number.matches("20261125-ZJJ-[0-9A-HJKMNP-TV-Z]{9}"), number);
    }

    @Test
    void parsesWhatItIssuesWhateverTheCase() {
        var random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            var issued = ReceiptNumber.issue(DAY, "SWUJ", random);
            assertEquals(issued, ReceiptNumber.parse("  " + issued.value().toLowerCase() + " "));
        }
    }

    @Test
    void consecutiveNumbersShareNothingGuessable() {
        var random = new Random();
        Set<String> tails = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tails.add(ReceiptNumber.issue(DAY, "ZJJ", random).value().substring(13));
        }
        assertEquals(10_000, tails.size(), "random parts repeat");
    }

    @Test
    void everySingleMistypedCharacterIsDetected() {
        String number = ReceiptNumber.issue(DAY, "ZJJ", new SplittableRandom(3)).value();
        int checked = 0;
        for (int position : new int[]{0, 3, 7, 13, 15, 18, 20, 21}) {
            for (char c : ReceiptNumber.ALPHABET.toCharArray()) {
                if (c == number.charAt(position) || (position < 8 && !Character.isDigit(c))) {
                    continue;
                }
                String typo = number.substring(0, position) + c + number.substring(position + 1);
                assertFalse(ReceiptNumber.isWellFormed(typo), typo);
                checked++;
            }
        }
        assertTrue(checked > 150);
    }

    @Test
    void swappedNeighboursAreDetected() {
        String number = ReceiptNumber.issue(DAY, "ZJJ", new SplittableRandom(11)).value();
        String random = number.substring(13);
        for (int i = 0; i + 1 < random.length(); i++) {
            if (random.charAt(i) == random.charAt(i + 1)) {
                continue;
            }
            char[] swapped = random.toCharArray();
            swapped[i] = random.charAt(i + 1);
            swapped[i + 1] = random.charAt(i);
            String typo = number.substring(0, 13) + new String(swapped);
            assertNotEquals(number, typo);
            assertFalse(ReceiptNumber.isWellFormed(typo), typo);
        }
    }

    @Test
    void refusesMalformedText() {
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse(null));
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse("20261125-ZJJ"));
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse("2026112-ZJJ-ABCDEFGHJ"));
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse("' OR 1=1 --"));
    }

    @Test
    void refusesANumberWithoutARealDate() {
        // a well-checked payload on 31 February
        String payload = "20260231" + "ABCDEFGH";
        char check = ReceiptNumber.checkCharacter(payload);
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse("20260231-ZJJ-ABCDEFGH" + check));
    }
}
