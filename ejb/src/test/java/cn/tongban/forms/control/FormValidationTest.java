package cn.tongban.forms.control;

import cn.tongban.forms.ReferenceNumbers;
import cn.tongban.forms.SeedCatalogue;
import cn.tongban.forms.entity.CreditCode;
import cn.tongban.forms.entity.FieldType;
import cn.tongban.forms.entity.FormDefinition;
import cn.tongban.forms.entity.IdCardNumber;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormValidationTest {

    /** 1 March 2026, 10:00 in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final FormDefinition COMPANY = FormDefinition.fromJson(SeedCatalogue.form("SCJGJ-001"));
    /** A man born 15 June 1987, registered in Dongguan (441900); check character computed independently. */
    private static final String LEGAL_REP_ID = ReferenceNumbers.idCard("44190019870615371");

    private final FormValidation validation = new FormValidation(CLOCK);

    /** 企业开办 as an applicant fills it in the browser: everything as text, with the usual blanks and punctuation. */
    private static JsonObject companySubmission() {
        return Json.createObjectBuilder()
                .add("companyName", " 东莞市通办信息科技有限公司 ")
                .add("entityType", "有限责任公司（自然人投资或控股）")
                .add("registeredCapital", "1000000")
                .add("legalRepName", "张伟")
                .add("legalRepIdCard", LEGAL_REP_ID.toLowerCase(Locale.ROOT))
                .add("address", "广东省东莞市南城街道鸿福路 106 号")
                .add("townStreet", "南城街道")
                .add("businessScope", "一般项目：软件开发；信息技术咨询服务。\r\n（依法须经批准的项目，经相关部门批准后方可开展经营活动）")
                .add("sealCount", "3")
                .add("needInvoice", "是")
                .add("employeeCount", "")
                .add("contactPhone", "+86 138-0013-8000")
                .build();
    }

    @Test
    void acceptsARealisticSubmissionAndNormalisesIt() {
        var result = validation.validate(COMPANY, companySubmission());
        assertEquals(List.of(), result.violations());
        assertTrue(result.isValid());
        JsonObject expected = Json.createObjectBuilder()
                .add("companyName", "东莞市通办信息科技有限公司")
                .add("entityType", "有限责任公司（自然人投资或控股）")
                .add("registeredCapital", new BigDecimal("1000000.00"))
                .add("legalRepName", "张伟")
                .add("legalRepIdCard", LEGAL_REP_ID.toUpperCase(Locale.ROOT))
                .add("address", "广东省东莞市南城街道鸿福路 106 号")
                .add("townStreet", "南城街道")
                .add("businessScope", "一般项目：软件开发；信息技术咨询服务。\n（依法须经批准的项目，经相关部门批准后方可开展经营活动）")
                .add("sealCount", 3)
                .add("needInvoice", "是")
                .add("contactPhone", "13800138000")
                .build();
        assertEquals(expected, result.normalised());
        assertEquals(expected, result.orThrow());
    }

    @Test
    void acceptsWhatItNormalisedItself() {
        JsonObject once = validation.validate(COMPANY, companySubmission()).normalised();
        var again = validation.validate(COMPANY, once);
        assertTrue(again.isValid(), again.violations()::toString);
        assertEquals(once, again.normalised());
    }

    @Test
    void reportsEveryInvalidFieldOfASubmissionInTheOrderOfTheForm() {
        JsonObject submission = Json.createObjectBuilder(companySubmission())
                .add("companyName", "   ")
                .add("registeredCapital", "-5")
                .add("legalRepIdCard", LEGAL_REP_ID.substring(0, 17) + (LEGAL_REP_ID.endsWith("0") ? "1" : "0"))
                .add("townStreet", "南城")
                .add("businessScope", "经营范围\u0000")
                .add("sealCount", "3.5")
                .add("contactPhone", "12345")
                .build();
        var result = validation.validate(COMPANY, submission);
        assertFalse(result.isValid());
        assertEquals(List.of("companyName form.required", "registeredCapital form.money", "legalRepIdCard form.idCard",
                        "townStreet form.option", "businessScope form.text", "sealCount form.number", "contactPhone form.phone"),
                result.violations().stream().map(v -> v.field() + " " + v.key()).toList());
        var e = assertThrows(BusinessException.class, result::orThrow);
        assertEquals(BusinessException.Reason.INVALID, e.reason());
        assertEquals(7, e.violations().size());
        assertFalse(result.normalised().containsKey("registeredCapital"), "an invalid value is not passed on");
        assertTrue(result.normalised().containsKey("legalRepName"));
    }

    @Test
    void explainsEachViolationInChineseAndInEnglish() {
        JsonObject submission = Json.createObjectBuilder(companySubmission())
                .add("legalRepIdCard", LEGAL_REP_ID.substring(0, 17) + (LEGAL_REP_ID.endsWith("0") ? "1" : "0"))
                .add("sealCount", "-1")
                .add("needInvoice", "要")
                .build();
        List<Violation> violations = validation.validate(COMPANY, submission).violations();
        assertEquals("「法定代表人身份证号码」不是有效的居民身份证号码（校验位不符）。",
                BusinessException.message(violations.get(0), Locale.SIMPLIFIED_CHINESE));
        assertEquals("\"法定代表人身份证号码\" is not a valid resident identity number (the check character does not match).",
                BusinessException.message(violations.get(0), Locale.ENGLISH));
        assertEquals("「刻制印章数量（枚）」应为 0 至 1,000,000,000 之间的整数。",
                BusinessException.message(violations.get(1), Locale.SIMPLIFIED_CHINESE));
        assertEquals("「是否同步申领发票」应从以下选项中选择一项：是、否。",
                BusinessException.message(violations.get(2), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void everyRefusalHasAChineseAndAnEnglishMessageNamingTheField() {
        List<Violation> violations = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            for (JsonValue wrong : new JsonValue[]{JsonValue.TRUE, JsonValue.NULL, Json.createValue("字".repeat(4_001))}) {
                var outcome = type.normalise(wrong, List.of("是", "否"), LocalDate.of(2026, 3, 1));
                List<Serializable> arguments = new ArrayList<>(List.of("某栏目"));
                arguments.addAll(outcome.details());
                violations.add(new Violation("field", outcome.key(), arguments.toArray(Serializable[]::new)));
            }
        }
        for (int defect = 0; defect < IdCardNumber.Defect.values().length; defect++) {
            violations.add(new Violation("field", "form.idCard", "某栏目", defect));
        }
        for (int defect = 0; defect < CreditCode.Defect.values().length; defect++) {
            violations.add(new Violation("field", "form.creditCode", "某栏目", defect));
        }
        violations.add(new Violation("field", "form.unknownField", "某栏目"));
        Map<String, Set<String>> messagesByKey = new HashMap<>();
        for (Violation violation : violations) {
            for (Locale locale : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                String message = BusinessException.message(violation, locale);
                assertTrue(message.contains("某栏目") && !message.contains("{"), violation.key() + " in " + locale + ": " + message);
                messagesByKey.computeIfAbsent(violation.key() + " " + locale, k -> new HashSet<>()).add(message);
            }
        }
        assertEquals(12 * 2, messagesByKey.size(), messagesByKey.keySet()::toString);
        assertEquals(4, messagesByKey.get("form.idCard zh_CN").size(), "a message per defect");
        assertEquals(4, messagesByKey.get("form.creditCode en").size(), "a message per defect");
    }

    @Test
    void namesUnknownFieldsAndStillChecksTheOthers() {
        JsonObject submission = Json.createObjectBuilder(companySubmission())
                .add("companyname", "大小写不同")
                .add("isAdmin", true)
                .build();
        var result = validation.validate(COMPANY, submission);
        assertEquals(List.of("companyname form.unknownField [companyname]", "isAdmin form.unknownField [isAdmin]"),
                result.violations().stream().map(v -> v.field() + " " + v.key() + " " + Arrays.toString(v.arguments())).toList());
        assertFalse(result.normalised().containsKey("companyname"));
        assertFalse(result.normalised().containsKey("isAdmin"));
        assertEquals(11, result.normalised().size());
    }

    @Test
    void namesEveryMissingRequiredFieldAndNoOptionalOne() {
        var result = validation.validate(COMPANY, JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(List.of("companyName", "entityType", "registeredCapital", "legalRepName", "legalRepIdCard", "address",
                        "townStreet", "businessScope", "needInvoice", "contactPhone"),
                result.violations().stream().map(Violation::field).toList());
        assertTrue(result.violations().stream().allMatch(v -> v.key().equals("form.required")));
        assertEquals("法定代表人身份证号码", result.violations().get(4).arguments()[0]);
        assertEquals("「法定代表人身份证号码」为必填项。",
                BusinessException.message(result.violations().get(4), Locale.SIMPLIFIED_CHINESE));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, result.normalised());
    }

    @Test
    void takesNullAndBlanksAsLeftEmpty() {
        JsonObject submission = Json.createObjectBuilder(companySubmission())
                .addNull("legalRepName")
                .add("sealCount", JsonValue.NULL)
                .add("employeeCount", "\u3000")
                .build();
        var result = validation.validate(COMPANY, submission);
        assertEquals(List.of("legalRepName form.required"),
                result.violations().stream().map(v -> v.field() + " " + v.key()).toList());
        assertFalse(result.normalised().containsKey("sealCount"));
        assertFalse(result.normalised().containsKey("employeeCount"));
    }

    @Test
    void takesNumbersFromPartnerSystemsAsJsonNumbers() {
        JsonObject submission = Json.createObjectBuilder(companySubmission())
                .add("registeredCapital", new BigDecimal("500000.5"))
                .add("employeeCount", 12)
                .build();
        var result = validation.validate(COMPANY, submission);
        assertTrue(result.isValid(), result.violations()::toString);
        assertEquals(new BigDecimal("500000.50"), result.normalised().getJsonNumber("registeredCapital").bigDecimalValue());
        assertEquals(12, result.normalised().getInt("employeeCount"));
    }

    @Test
    void reckonsABirthDateAgainstTheDayInChina() {
        String bornSecondMarch = ReferenceNumbers.idCard("44190020260302002");
        JsonObject submission = Json.createObjectBuilder(companySubmission()).add("legalRepIdCard", bornSecondMarch).build();
        assertFalse(validation.validate(COMPANY, submission).isValid());
        // 16:30 UTC on 1 March is already 00:30 on 2 March in Dongguan, whatever the clock's own zone
        var lateEvening = new FormValidation(Clock.fixed(Instant.parse("2026-03-01T16:30:00Z"), ZoneOffset.UTC));
        assertTrue(lateEvening.validate(COMPANY, submission).isValid());
    }

    @Test
    void validatesTheFormOfEveryMatterAgainstAnEmptySubmission() {
        for (JsonObject matter : SeedCatalogue.matters()) {
            var form = FormDefinition.fromJson(matter.getJsonObject("form"));
            var result = validation.validate(form, JsonValue.EMPTY_JSON_OBJECT);
            long required = form.fields().stream().filter(f -> f.required()).count();
            assertEquals(required, result.violations().size(), matter.getString("code"));
            assertNotEquals(0, required, matter.getString("code"));
        }
    }

    @Test
    void refusesABrokenSubmissionOfAPartnerWhole() {
        String json = "{\"companyName\": 12, \"registeredCapital\": [1], \"townStreet\": {\"name\": \"南城街道\"}}";
        JsonObject submission;
        try (var reader = Json.createReader(new StringReader(json))) {
            submission = reader.readObject();
        }
        var result = validation.validate(COMPANY, submission);
        List<String> keys = result.violations().stream().map(v -> v.field() + " " + v.key()).toList();
        assertTrue(keys.containsAll(List.of("companyName form.text", "registeredCapital form.money", "townStreet form.option")),
                keys::toString);
    }
}
