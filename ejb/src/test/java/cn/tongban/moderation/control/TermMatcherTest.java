package cn.tongban.moderation.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermMatcherTest {

    private static final List<String> TERMS = List.of("代办包过", "内部关系", "加微信", "WeChat");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "保证代办包过，三天拿证",
            "代 办 包 过",                    // spaces between the characters
            "代　办　包　过",                  // ideographic (full-width) spaces
            "代\t办\n包 过",                  // tabs and line breaks
            "代·办·包·过",                    // punctuation between the characters
            "代-办_包*过",                    // symbols and dashes
            "代\u200B办\u200D包\uFEFF过"})     // zero-width characters
    void findsATermHoweverItIsSpacedOut(String text) {
        assertEquals(List.of("代办包过"), TermMatcher.matches(TERMS, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"加我wechat", "WECHAT联系", "请加 We Chat", "ＷｅＣｈａｔ号", "ｗｅｃｈａｔ"})
    void ignoresCaseAndFullWidthLetters(String text) {
        assertEquals(List.of("WeChat"), TermMatcher.matches(TERMS, text));
    }

    @Test
    void aCleanTextMatchesNothing() {
        assertTrue(TermMatcher.matches(TERMS, "施工许可需要准备哪些材料？", "请参见办事指南的材料清单。").isEmpty());
        assertTrue(TermMatcher.matches(TERMS, "代办服务是否收费？包括哪些内容？过几天能办好？").isEmpty());
    }

    @Test
    void reportsEveryTermOnceInTheListsOrderAcrossAllTexts() {
        assertEquals(List.of("内部关系", "加微信"),
                TermMatcher.matches(TERMS, "有人说加微信就能走内部关系", "加 微 信 联系"));
        assertEquals(List.of("代办包过", "加微信"), TermMatcher.matches(TERMS, "问题正常", "答复里有代办包过和加微信"));
    }

    @Test
    void normalizationFoldsWidthCaseAndDropsBlanksPunctuationAndSymbols() {
        assertEquals("abc123加微信", TermMatcher.normalize(" ＡＢＣ １２３ 加·微—信！ "));
        assertEquals("wechat", TermMatcher.normalize("We\u00A0Chat"));
        assertEquals("", TermMatcher.normalize("  ，。！★  "));
        assertEquals("", TermMatcher.normalize(null));
    }

    @Test
    void aTermThatNormalizesToNothingMatchesNothing() {
        assertTrue(TermMatcher.matches(List.of("！！"), "任何文字！！").isEmpty());
    }
}
