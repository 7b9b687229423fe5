package cn.tongban.forms.entity;

import cn.tongban.forms.ReferenceNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import java.util.SplittableRandom;

import static cn.tongban.forms.ReferenceNumbers.CREDIT_CODE_ALPHABET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    /** A published enterprise code of Fuzhou, widely used as the example of GB 32100. */
    private static final String FUZHOU_EXAMPLE = "91350100M000100Y43";
    /** 华为技术有限公司, Shenzhen, as published in its business registration. */
    private static final String HUAWEI = "914403001922038216";

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_EXAMPLE, HUAWEI})
    void acceptsPublishedCodes(String text) {
        assertEquals(text, ReferenceNumbers.creditCode(text.substring(0, 17)), "the reference algorithm agrees");
        assertTrue(CreditCode.isValid(text));
        assertEquals(text, CreditCode.parse(text).value());
    }

    @Test
    void namesItsParts() {
        CreditCode code = CreditCode.parse(HUAWEI);
        assertEquals('9', code.registrationAuthority());
        assertEquals("440300", code.regionCode());
        assertEquals("192203821", code.organisationCode());
    }

    @Test
    void readsLowerCaseAndBlanksAroundAsTyped() {
        assertEquals(FUZHOU_EXAMPLE, CreditCode.parse("  91350100m000100y43 ").value());
        assertEquals(CreditCode.parse(FUZHOU_EXAMPLE), CreditCode.parse("91350100m000100y43"));
    }

    @Test
    void acceptsCodesComputedByTheReferenceAlgorithm() {
        var random = new SplittableRandom(32100);
        boolean sawCheckZero = false;
        for (int i = 0; i < 5_000; i++) {
            var first17 = new StringBuilder();
            first17.append("123456789ANY".charAt(random.nextInt(12)));
            first17.append(1 + random.nextInt(9));
            first17.append(String.format("%d%05d", 1 + random.nextInt(8), random.nextInt(100_000)));
            for (int j = 0; j < 9; j++) {
                first17.append(CREDIT_CODE_ALPHABET.charAt(random.nextInt(31)));
            }
            String text = ReferenceNumbers.creditCode(first17.toString());
            sawCheckZero |= text.endsWith("0");
            assertTrue(CreditCode.isValid(text), text);
        }
        assertTrue(sawCheckZero, "a weighted sum divisible by 31 gives the check character 0");
    }

    @Test
    void everySingleWrongCharacterIsDetected() {
        int checked = 0;
        for (int position = 0; position < 18; position++) {
            for (char c : CREDIT_CODE_ALPHABET.toCharArray()) {
                if (c == FUZHOU_EXAMPLE.charAt(position)) {
                    continue;
                }
                String typo = FUZHOU_EXAMPLE.substring(0, position) + c + FUZHOU_EXAMPLE.substring(position + 1);
                assertFalse(CreditCode.isValid(typo), typo);
                checked++;
            }
        }
        assertEquals(18 * 30, checked);
    }

    @Test
    void everyWrongCheckCharacterIsNamedAsSuch() {
        for (char c : CREDIT_CODE_ALPHABET.toCharArray()) {
            if (c != HUAWEI.charAt(17)) {
                String wrong = HUAWEI.substring(0, 17) + c;
                assertEquals(Optional.of(CreditCode.Defect.CHECK_CHARACTER), CreditCode.defect(wrong), wrong);
            }
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsDetected() {
        int checked = 0;
        for (String code : new String[]{FUZHOU_EXAMPLE, HUAWEI}) {
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                char[] swapped = code.toCharArray();
                swapped[i] = code.charAt(i + 1);
                swapped[i + 1] = code.charAt(i);
                assertFalse(CreditCode.isValid(new String(swapped)), new String(swapped));
                checked++;
            }
        }
        assertTrue(checked > 20);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void refusesTheLettersTheStandardLeavesOut(char letter) {
        // in the organisation code, where letters are allowed
        String text = "91350100" + letter + "000100Y43";
        assertEquals(Optional.of(CreditCode.Defect.FORMAT), CreditCode.defect(text));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.parse(text));
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', 'B', 'C', 'M', 'X'})
    void refusesAnUnknownRegistrationAuthority(char authority) {
        String text = ReferenceNumbers.creditCode(authority + "1350100M000100Y4");
        assertEquals(Optional.of(CreditCode.Defect.AUTHORITY), CreditCode.defect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9A350100M000100Y4", "90350100M000100Y4"})
    void refusesAnOrganisationCategoryThatIsNoDigitFrom1To9(String first17) {
        assertEquals(Optional.of(CreditCode.Defect.AUTHORITY), CreditCode.defect(ReferenceNumbers.creditCode(first17)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91A50100M000100Y4", "9135010AM000100Y4", "91950100M000100Y4", "91050100M000100Y4"})
    void refusesARegionCodeThatIsNotSixDigitsOfAProvinceGroup(String first17) {
        assertEquals(Optional.of(CreditCode.Defect.REGION), CreditCode.defect(ReferenceNumbers.creditCode(first17)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100Y4-3", "9135010 M000100Y43",
            "91350100M000100Y4３"})
    void refusesWhatIsNot18CharactersOfTheAlphabet(String text) {
        assertEquals(Optional.of(CreditCode.Defect.FORMAT), CreditCode.defect(text));
    }

    @Test
    void refusesNothing() {
        assertEquals(Optional.of(CreditCode.Defect.FORMAT), CreditCode.defect(null));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.parse(null));
    }

    @Test
    void isAValue() throws IOException, ClassNotFoundException {
        CreditCode code = CreditCode.parse(HUAWEI);
        assertEquals(HUAWEI, code.toString());
        assertNotEquals(code, CreditCode.parse(FUZHOU_EXAMPLE));
        assertEquals(code.hashCode(), CreditCode.parse(HUAWEI).hashCode());
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(code);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(code, in.readObject());
        }
    }
}
