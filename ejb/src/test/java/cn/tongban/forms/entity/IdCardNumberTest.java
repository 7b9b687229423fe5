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
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdCardNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    /** The example of GB 11643-1999 itself: a woman born on 31 December 1949 in Chaoyang District, Beijing. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheExampleOfTheStandard() {
        IdCardNumber number = IdCardNumber.parse(STANDARD_EXAMPLE, TODAY);
        assertEquals(STANDARD_EXAMPLE, number.value());
        assertEquals("110105", number.regionCode());
        assertEquals(LocalDate.of(1949, 12, 31), number.birthDate());
        assertFalse(number.isMale());
        assertTrue(IdCardNumber.isValid(STANDARD_EXAMPLE));
        assertEquals(number, IdCardNumber.parse(STANDARD_EXAMPLE));
    }

    @Test
    void readsALowerCaseXAndBlanksAroundAsTyped() {
        assertEquals(STANDARD_EXAMPLE, IdCardNumber.parse(" 11010519491231002x\t", TODAY).value());
    }

    @Test
    void refusesTheStandardsOtherExampleBecauseItsHolderWasBornIn1880() {
        String number = "440524188001010014";
        assertEquals(number, ReferenceNumbers.idCard(number.substring(0, 17)), "the check digit itself is right");
        assertEquals(Optional.of(IdCardNumber.Defect.BIRTH_DATE), IdCardNumber.defect(number, TODAY));
    }

    @Test
    void acceptsNumbersComputedByTheReferenceAlgorithm() {
        var random = new SplittableRandom(20260301);
        int checkX = 0;
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(46_000));
            if (birth.isAfter(TODAY)) {
                continue;
            }
            int sequence = random.nextInt(1_000);
            String first17 = String.format("%d%05d%s%03d", 1 + random.nextInt(8), random.nextInt(100_000),
                    birth.toString().replace("-", ""), sequence);
            String text = ReferenceNumbers.idCard(first17);
            checkX += text.endsWith("X") ? 1 : 0;
            IdCardNumber number = IdCardNumber.parse(text, TODAY);
            assertEquals(birth, number.birthDate(), text);
            assertEquals(sequence % 2 == 1, number.isMale(), text);
        }
        assertTrue(checkX > 50, "check character X met " + checkX + " times");
    }

    @Test
    void acceptsSomeoneBornTodayAndOnTheFirstDayOf1900AndOnALeapDay() {
        assertTrue(IdCardNumber.isValid(ReferenceNumbers.idCard("44190020260301001"), TODAY));
        assertTrue(IdCardNumber.isValid(ReferenceNumbers.idCard("44190019000101001"), TODAY));
        assertTrue(IdCardNumber.isValid(ReferenceNumbers.idCard("44190020000229001"), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20260302", "20991231", "18991231", "19000229", "20230229", "19490230", "19491331",
            "19490001", "19491200", "19491232"})
    void refusesABirthDateThatIsNoDayOrInTheFutureOrBefore1900(String birth) {
        String number = ReferenceNumbers.idCard("441900" + birth + "123");
        assertEquals(Optional.of(IdCardNumber.Defect.BIRTH_DATE), IdCardNumber.defect(number, TODAY));
        var e = assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(number, TODAY));
        assertTrue(e.getMessage().contains("birth date"), e.getMessage());
    }

    @Test
    void theFutureIsReckonedFromTheDayGiven() {
        String bornOnSecondMarch = ReferenceNumbers.idCard("44190020260302001");
        assertFalse(IdCardNumber.isValid(bornOnSecondMarch, TODAY));
        assertTrue(IdCardNumber.isValid(bornOnSecondMarch, TODAY.plusDays(1)));
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '9'})
    void refusesAnAddressCodeOutsideTheProvinceGroups(char first) {
        String number = ReferenceNumbers.idCard(first + "1010519491231002");
        assertEquals(Optional.of(IdCardNumber.Defect.REGION), IdCardNumber.defect(number, TODAY));
    }

    @Test
    void everySingleWrongDigitIsDetected() {
        int checked = 0;
        for (int position = 0; position < 18; position++) {
            for (char c : "0123456789X".toCharArray()) {
                if (c == STANDARD_EXAMPLE.charAt(position) || (c == 'X' && position < 17)) {
                    continue;
                }
                String typo = STANDARD_EXAMPLE.substring(0, position) + c + STANDARD_EXAMPLE.substring(position + 1);
                assertFalse(IdCardNumber.isValid(typo, TODAY), typo);
                checked++;
            }
        }
        assertEquals(17 * 9 + 10, checked);
    }

    @Test
    void everyWrongCheckCharacterIsNamedAsSuch() {
        for (char c : "0123456789".toCharArray()) {
            String wrong = STANDARD_EXAMPLE.substring(0, 17) + c;
            assertEquals(Optional.of(IdCardNumber.Defect.CHECK_CHARACTER), IdCardNumber.defect(wrong, TODAY), wrong);
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsDetected() {
        int checked = 0;
        for (String number : new String[]{STANDARD_EXAMPLE, ReferenceNumbers.idCard("44190019870615371")}) {
            for (int i = 0; i + 1 < number.length(); i++) {
                if (number.charAt(i) == number.charAt(i + 1)) {
                    continue;
                }
                char[] swapped = number.toCharArray();
                swapped[i] = number.charAt(i + 1);
                swapped[i + 1] = number.charAt(i);
                assertFalse(IdCardNumber.isValid(new String(swapped), TODAY), new String(swapped));
                checked++;
            }
        }
        assertTrue(checked > 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "11010519491231002", "11010519491231002X0", "1101051949123100X2",
            "11010519491231002A", "A1010519491231002X", "110105 19491231002X", "110105-19491231-002X",
            "１１０１０５１９４９１２３１００２Ｘ", "110105491231002"})
    void refusesWhatIsNot17DigitsAndACheckCharacter(String text) {
        assertEquals(Optional.of(IdCardNumber.Defect.FORMAT), IdCardNumber.defect(text, TODAY));
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(text, TODAY));
    }

    @Test
    void refusesNothing() {
        assertEquals(Optional.of(IdCardNumber.Defect.FORMAT), IdCardNumber.defect(null, TODAY));
        assertFalse(IdCardNumber.isValid(null, TODAY));
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(null, TODAY));
    }

    @Test
    void keepsTheNumberOutOfExceptionsAndLogs() {
        String wrong = STANDARD_EXAMPLE.substring(0, 17) + "5";
        var e = assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse(wrong, TODAY));
        assertFalse(e.getMessage().contains("19491231"), e.getMessage());
        assertTrue(e.getMessage().contains("check character"), e.getMessage());
        String shown = IdCardNumber.parse(STANDARD_EXAMPLE, TODAY).toString();
        assertEquals("110105********002X", shown);
    }

    @Test
    void isAValue() throws IOException, ClassNotFoundException {
        IdCardNumber number = IdCardNumber.parse(STANDARD_EXAMPLE, TODAY);
        assertEquals(number, IdCardNumber.parse("11010519491231002x", TODAY));
        assertEquals(number.hashCode(), IdCardNumber.parse("11010519491231002x", TODAY).hashCode());
        assertNotEquals(number, IdCardNumber.parse(ReferenceNumbers.idCard("11010519491231003"), TODAY));
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(number);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(number, in.readObject());
        }
    }
}
