package cn.tongban.forms.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MobileNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000        | 13800138000",
            "' 13800138000 '    | 13800138000",
            "138 0013 8000      | 13800138000",
            "138-0013-8000      | 13800138000",
            "+86 138 0013 8000  | 13800138000",
            "+8613800138000     | 13800138000",
            "+86-138-0013-8000  | 13800138000",
            "86 138 0013 8000   | 13800138000",
            "8613800138000      | 13800138000",
            "19912345678        | 19912345678",
            "16601234567        | 16601234567"})
    void readsANumberAsPeopleWriteIt(String text, String digits) {
        assertTrue(MobileNumber.isValid(text), text);
        assertEquals(digits, MobileNumber.parse(text).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1380013800", "138001380001", "12800138000", "10086000000", "23800138000",
            "138OO138000", "138.0013.8000", "(138)00138000", "+85 13800138000", "+1 13800138000",
            "86 1380013800", "+86 12800138000", "0769-22123456", "１３８００１３８０００", "1380013800０"})
    void refusesWhatIsNotElevenDigitsStarting13To19(String text) {
        assertFalse(MobileNumber.isValid(text), text);
        var e = assertThrows(IllegalArgumentException.class, () -> MobileNumber.parse(text));
        assertFalse(e.getMessage().contains(text.strip()) && !text.isBlank(), "the number stays out of the message");
    }

    @Test
    void refusesNothing() {
        assertFalse(MobileNumber.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> MobileNumber.parse(null));
    }

    @Test
    void isAValueThatMasksItselfInLogs() {
        MobileNumber number = MobileNumber.parse("+86 138 0013 8000");
        assertEquals(number, MobileNumber.parse("13800138000"));
        assertEquals(number.hashCode(), MobileNumber.parse("138-0013-8000").hashCode());
        assertNotEquals(number, MobileNumber.parse("13800138001"));
        assertEquals("138****8000", number.toString());
    }
}
