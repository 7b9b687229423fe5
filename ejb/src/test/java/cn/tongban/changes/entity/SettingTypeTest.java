package cn.tongban.changes.entity;

import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingTypeTest {

    private static Optional<Violation> check(SettingType type, String value, Long minimum, Long maximum) {
        return type.check("a.setting", type.normalise(value), minimum, maximum);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://zjj.example.gov.cn/tongban",
            "https://zjj.example.gov.cn:8443/api/v2?system=tongban",
            "HTTPS://10.20.30.40/tongban",
            "  https://swuj.example.gov.cn/tongban  "})
    void urlAcceptsAbsoluteHttpsAddresses(String value) {
        assertTrue(check(SettingType.URL, value, null, null).isEmpty(), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://zjj.example.gov.cn/tongban",
            "ftp://zjj.example.gov.cn/tongban",
            "zjj.example.gov.cn/tongban",
            "https://",
            "https:///tongban",
            "https://user:secret@zjj.example.gov.cn/tongban",
            "https://zjj.example.gov.cn/ton gban",
            "https://zjj.example.gov.cn/<tongban>",
            "接口地址"})
    @NullAndEmptySource
    void urlRefusesEverythingElse(String value) {
        Violation violation = check(SettingType.URL, value, null, null).orElseThrow();
        assertEquals(SettingType.FIELD, violation.field());
        assertEquals("setting.invalidUrl", violation.key());
    }

    @Test
    void urlRefusesOverlongAddresses() {
        String longest = "https://zjj.example.gov.cn/" + "a".repeat(SettingType.MAX_URL_LENGTH - 27);
        assertEquals(SettingType.MAX_URL_LENGTH, longest.length());
        assertTrue(check(SettingType.URL, longest, null, null).isEmpty());
        assertEquals("setting.invalidUrl", check(SettingType.URL, longest + "a", null, null).orElseThrow().key());
    }

    @Test
    void integerIsWrittenPlainlyAndCheckedAgainstItsBounds() {
        assertEquals("50", SettingType.INTEGER.normalise(" +050 "));
        assertTrue(check(SettingType.INTEGER, "1", 1L, 200L).isEmpty());
        assertTrue(check(SettingType.INTEGER, "200", 1L, 200L).isEmpty());
        assertTrue(check(SettingType.INTEGER, "-7", null, null).isEmpty());
        assertEquals("setting.outOfRange", check(SettingType.INTEGER, "0", 1L, 200L).orElseThrow().key());
        assertEquals("setting.outOfRange", check(SettingType.INTEGER, "201", 1L, 200L).orElseThrow().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"twenty", "20.5", "20MB", "1e3", "99999999999999999999"})
    @NullAndEmptySource
    void integerRefusesWhatIsNoWholeNumber(String value) {
        assertEquals("setting.invalidInteger", check(SettingType.INTEGER, value, 1L, 200L).orElseThrow().key());
    }

    @Test
    void textIsAnyLineWithinItsLength() {
        assertTrue(check(SettingType.TEXT, "0769-12345", null, null).isEmpty());
        assertTrue(check(SettingType.TEXT, "服".repeat(SettingType.MAX_TEXT_LENGTH), null, null).isEmpty());
        assertEquals("setting.invalidText", check(SettingType.TEXT, "服".repeat(SettingType.MAX_TEXT_LENGTH + 1), null, null)
                .orElseThrow().key());
        assertEquals("setting.invalidText", check(SettingType.TEXT, "   ", null, null).orElseThrow().key());
        assertEquals("setting.invalidText", check(SettingType.TEXT, "0769\u000012345", null, null).orElseThrow().key());
        assertEquals("setting.invalidText", check(SettingType.TEXT, null, null, null).orElseThrow().key());
    }

    @Test
    void aSettingIsCreatedOnlyWithAValidValueAndSoundBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Setting("x", SettingType.URL, null, "http://x", null, null,
                "描述", null, Fixtures.NOW));
        assertThrows(IllegalArgumentException.class, () -> new Setting("x", SettingType.INTEGER, null, "5", 1L, null,
                "描述", null, Fixtures.NOW));
        assertThrows(IllegalArgumentException.class, () -> new Setting("x", SettingType.INTEGER, null, "5", 9L, 1L,
                "描述", null, Fixtures.NOW));
        assertEquals("5", new Setting("x", SettingType.INTEGER, null, " 5 ", 1L, 9L, "描述", null, Fixtures.NOW).getValue());
    }
}
