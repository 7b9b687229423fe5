package cn.tongban.forms.entity;

import cn.tongban.forms.ReferenceNumbers;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldTypeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final List<String> YES_NO = List.of("是", "否");

    // ---- every type

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void refusesAnEmptyValueAsMissing(FieldType type) {
        for (JsonValue empty : new JsonValue[]{null, JsonValue.NULL, string(""), string("  "), string("\u3000"),
                string("\r\n")}) {
            assertRefused(type.normalise(empty, YES_NO, TODAY), "form.required");
        }
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void refusesValuesOfTheWrongJsonKindWithItsOwnKey(FieldType type) {
        for (JsonValue wrong : new JsonValue[]{JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT}) {
            var outcome = type.normalise(wrong, YES_NO, TODAY);
            assertFalse(outcome.isAccepted(), type + " " + wrong);
            assertNull(outcome.value());
            assertTrue(outcome.key().startsWith("form.") && !outcome.key().equals("form.required"), outcome.key());
        }
    }

    // ---- TEXT and TEXTAREA

    @Test
    void textIsStrippedOfBlanksIncludingTheIdeographicSpace() {
        assertAccepted(string("东莞市通办科技有限公司"), FieldType.TEXT.normalise(string("  东莞市通办科技有限公司\t"), YES_NO, TODAY));
        assertAccepted(string("张 伟"), FieldType.TEXT.normalise(string("\u3000张 伟\u3000"), YES_NO, TODAY));
    }

    @Test
    void textIsAtMost200CharactersCountingRareCharactersOnce() {
        assertAccepted(string("字".repeat(200)), FieldType.TEXT.normalise(string("字".repeat(200)), YES_NO, TODAY));
        assertRefused(FieldType.TEXT.normalise(string("字".repeat(201)), YES_NO, TODAY), "form.tooLong", 200);
        String rare = "𠮷".repeat(200); // outside the BMP: 400 UTF-16 units, 200 characters
        assertAccepted(string(rare), FieldType.TEXT.normalise(string(rare), YES_NO, TODAY));
        assertRefused(FieldType.TEXT.normalise(string(rare + "𠮷"), YES_NO, TODAY), "form.tooLong", 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"第一行\n第二行", "a\tb", "a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\ud800b",
            "a\udc00b"})
    void textRefusesControlCharactersAndLoneSurrogates(String text) {
        assertRefused(FieldType.TEXT.normalise(string(text), YES_NO, TODAY), "form.text");
    }

    @Test
    void textRefusesANumber() {
        assertRefused(FieldType.TEXT.normalise(Json.createValue(12), YES_NO, TODAY), "form.text");
    }

    @Test
    void textareaKeepsLineBreaksAsLineFeeds() {
        assertAccepted(string("一般项目：软件开发；\n信息技术咨询服务。\n\n许可项目：无"),
                FieldType.TEXTAREA.normalise(string(" 一般项目：软件开发；\r\n信息技术咨询服务。\r\r许可项目：无\n"), YES_NO, TODAY));
    }

    @Test
    void textareaIsAtMost4000CharactersAndRefusesOtherControlCharacters() {
        assertTrue(FieldType.TEXTAREA.normalise(string("字".repeat(4_000)), YES_NO, TODAY).isAccepted());
        assertRefused(FieldType.TEXTAREA.normalise(string("字".repeat(4_001)), YES_NO, TODAY), "form.tooLong", 4_000);
        assertRefused(FieldType.TEXTAREA.normalise(string("一\t二"), YES_NO, TODAY), "form.text");
        assertRefused(FieldType.TEXTAREA.normalise(string("一\u0000二"), YES_NO, TODAY), "form.text");
    }

    // ---- NUMBER, MONEY_CNY, AREA_SQM

    @ParameterizedTest
    @CsvSource({"12, 12", "' 12 ', 12", "007, 7", "0, 0", "1000000000, 1000000000", "12.0, 12", "12.00, 12"})
    void numberReadsAWholeNumberWrittenAsText(String text, long expected) {
        assertAccepted(Json.createValue(expected), FieldType.NUMBER.normalise(string(text), YES_NO, TODAY));
    }

    @Test
    void numberReadsAJsonNumber() {
        assertAccepted(Json.createValue(12L), FieldType.NUMBER.normalise(Json.createValue(12), YES_NO, TODAY));
        assertAccepted(Json.createValue(12L), FieldType.NUMBER.normalise(json("12.0"), YES_NO, TODAY));
        assertAccepted(Json.createValue(1000L), FieldType.NUMBER.normalise(json("1E3"), YES_NO, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1000000001", "1.5", "0.001", "1e3", "1,000", "+5", "十二", "12个", "0x10", "Infinity", "NaN",
            "99999999999999999999999"})
    void numberRefusesWhatIsNoWholeNumberFrom0ToABillion(String text) {
        assertRefused(FieldType.NUMBER.normalise(string(text), YES_NO, TODAY), "form.number", 1_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1000000001", "1.5", "1e400", "1e-400", "-0.5"})
    void numberRefusesJsonNumbersOutOfRange(String json) {
        assertRefused(FieldType.NUMBER.normalise(json(json), YES_NO, TODAY), "form.number", 1_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource({"1000000, 1000000.00", "99.9, 99.90", "0, 0.00", "0.01, 0.01", "1000000000000, 1000000000000.00",
            "100.500, 100.50"})
    void moneyIsKeptInYuanWithTwoDecimals(String text, String expected) {
        assertAccepted(Json.createValue(new BigDecimal(expected)), FieldType.MONEY_CNY.normalise(string(text), YES_NO, TODAY));
        assertAccepted(Json.createValue(new BigDecimal(expected)), FieldType.MONEY_CNY.normalise(json(text), YES_NO, TODAY));
        assertEquals(expected, FieldType.MONEY_CNY.normalise(string(text), YES_NO, TODAY).value().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "0.015", "1000000000000.01", "¥100", "100元", "1万", "1,000.00", "1e6", ".5", "5."})
    void moneyRefusesNegativeOverPreciseOrHugeAmounts(String text) {
        assertRefused(FieldType.MONEY_CNY.normalise(string(text), YES_NO, TODAY), "form.money");
    }

    @ParameterizedTest
    @CsvSource({"120.5, 120.50", "0.01, 0.01", "1000000000, 1000000000.00", "85, 85.00"})
    void areaIsKeptInSquareMetresWithTwoDecimals(String text, String expected) {
        assertAccepted(Json.createValue(new BigDecimal(expected)), FieldType.AREA_SQM.normalise(string(text), YES_NO, TODAY));
        assertAccepted(Json.createValue(new BigDecimal(expected)), FieldType.AREA_SQM.normalise(json(text), YES_NO, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5", "1.234", "1000000000.01", "120㎡", "120 平方米"})
    void areaRefusesWhatIsNotPositiveOrTooPreciseOrTooLarge(String text) {
        assertRefused(FieldType.AREA_SQM.normalise(string(text), YES_NO, TODAY), "form.area");
    }

    // ---- DATE

    @ParameterizedTest
    @CsvSource({"2026-03-01, 2026-03-01", "' 2026-03-01 ', 2026-03-01", "2024-02-29, 2024-02-29", "1999-12-31, 1999-12-31"})
    void dateIsAnIsoCalendarDay(String text, String expected) {
        assertAccepted(string(expected), FieldType.DATE.normalise(string(text), YES_NO, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-3-1", "2026/03/01", "20260301",
            "2026年3月1日", "01-03-2026", "+2026-03-01", "2026-03-01T10:00", "12026-03-01"})
    void dateRefusesWhatIsNoDayOrNotWrittenYearMonthDay(String text) {
        assertRefused(FieldType.DATE.normalise(string(text), YES_NO, TODAY), "form.date");
    }

    // ---- SELECT

    @Test
    void selectTakesOneOfTheOptionsExactly() {
        assertAccepted(string("是"), FieldType.SELECT.normalise(string("是"), YES_NO, TODAY));
        assertAccepted(string("否"), FieldType.SELECT.normalise(string("否"), YES_NO, TODAY));
        for (String wrong : new String[]{"yes", " 是", "是否", "Y"}) {
            assertRefused(FieldType.SELECT.normalise(string(wrong), YES_NO, TODAY), "form.option", "是、否");
        }
    }

    // ---- ID_CARD, USCC, PHONE

    @Test
    void idCardIsNormalisedToUpperCase() {
        assertAccepted(string("11010519491231002X"), FieldType.ID_CARD.normalise(string(" 11010519491231002x "), YES_NO, TODAY));
    }

    @Test
    void idCardNamesWhatIsWrong() {
        assertRefused(FieldType.ID_CARD.normalise(string("110105194912310021"), YES_NO, TODAY), "form.idCard",
                IdCardNumber.Defect.CHECK_CHARACTER.ordinal());
        assertRefused(FieldType.ID_CARD.normalise(string(ReferenceNumbers.idCard("44190020260302001")), YES_NO, TODAY),
                "form.idCard", IdCardNumber.Defect.BIRTH_DATE.ordinal());
        assertRefused(FieldType.ID_CARD.normalise(string("1101051949123100"), YES_NO, TODAY), "form.idCard",
                IdCardNumber.Defect.FORMAT.ordinal());
        assertRefused(FieldType.ID_CARD.normalise(json("110105194912310021"), YES_NO, TODAY), "form.idCard",
                IdCardNumber.Defect.FORMAT.ordinal());
    }

    @Test
    void idCardReckonsTheFutureFromTheDayGiven() {
        JsonValue bornSecondMarch = string(ReferenceNumbers.idCard("44190020260302001"));
        assertFalse(FieldType.ID_CARD.normalise(bornSecondMarch, YES_NO, TODAY).isAccepted());
        assertTrue(FieldType.ID_CARD.normalise(bornSecondMarch, YES_NO, TODAY.plusDays(1)).isAccepted());
    }

    @Test
    void creditCodeIsNormalisedToUpperCaseAndNamesWhatIsWrong() {
        assertAccepted(string("91350100M000100Y43"), FieldType.USCC.normalise(string("91350100m000100y43"), YES_NO, TODAY));
        assertRefused(FieldType.USCC.normalise(string("91350100M000100Y44"), YES_NO, TODAY), "form.creditCode",
                CreditCode.Defect.CHECK_CHARACTER.ordinal());
        assertRefused(FieldType.USCC.normalise(string("91350100MOOO100Y43"), YES_NO, TODAY), "form.creditCode",
                CreditCode.Defect.FORMAT.ordinal());
        assertRefused(FieldType.USCC.normalise(string(ReferenceNumbers.creditCode("B1350100M000100Y4")), YES_NO, TODAY),
                "form.creditCode", CreditCode.Defect.AUTHORITY.ordinal());
        assertRefused(FieldType.USCC.normalise(string(ReferenceNumbers.creditCode("9135A100M000100Y4")), YES_NO, TODAY),
                "form.creditCode", CreditCode.Defect.REGION.ordinal());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+86 138-0013-8000 | 13800138000",
            "13800138000       | 13800138000",
            "0769-22123456     | 0769-22123456",
            "076922123456      | 0769-22123456",
            "0769 2212 3456    | 0769-22123456",
            "0769-2212345      | 0769-2212345",
            "010-65123456      | 010-65123456",
            "01065123456       | 010-65123456",
            "020 8765 4321     | 020-87654321"})
    void phoneTakesAMobileOrALandlineWithItsAreaCode(String text, String expected) {
        assertAccepted(string(expected), FieldType.PHONE.normalise(string(text), YES_NO, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "22123456", "0769-0212345", "0769-1212345", "011-12345678", "01112345678",
            "0769-22123456-801", "0769-221234567", "07692212345678", "12800138000", "+86 769 2212 3456", "电话"})
    void phoneRefusesWhatIsNeither(String text) {
        assertRefused(FieldType.PHONE.normalise(string(text), YES_NO, TODAY), "form.phone");
    }

    @Test
    void phoneRefusesAJsonNumber() {
        assertRefused(FieldType.PHONE.normalise(Json.createValue(13800138000L), YES_NO, TODAY), "form.phone");
    }

    // ----

    private static JsonValue string(String text) {
        return Json.createValue(text);
    }

    private static JsonValue json(String literal) {
        try (var reader = Json.createReader(new StringReader("[" + literal + "]"))) {
            return reader.readArray().get(0);
        }
    }

    private static void assertAccepted(JsonValue expected, FieldType.Outcome outcome) {
        assertTrue(outcome.isAccepted(), () -> "refused with " + outcome.key() + " " + outcome.details());
        assertNull(outcome.key());
        assertEquals(expected, outcome.value());
    }

    private static void assertRefused(FieldType.Outcome outcome, String key, Object... details) {
        assertFalse(outcome.isAccepted(), () -> "accepted as " + outcome.value());
        assertEquals(key, outcome.key());
        assertEquals(List.of(details), outcome.details());
    }
}
