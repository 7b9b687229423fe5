package cn.tongban.moderation.entity;

import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRuleTest {

    private static final TextRule QUESTION = new TextRule("text", "q", 5, 20, true);
    private static final TextRule NAME = new TextRule("name", "n", 1, 10, false);

    private final List<Violation> violations = new ArrayList<>();

    @Test
    void stripsAndKeepsLineBreaksAsNewlines() {
        assertEquals("第一行\n第二行\n\n第四行", QUESTION.apply("  第一行\r\n第二行\r\r\n第四行 \n ", violations));
        assertTrue(violations.isEmpty());
    }

    @Test
    void countsCharactersAsAReaderDoes() {
        // five characters, one of them outside the BMP (two UTF-16 units)
        assertEquals("问题😀好吗", QUESTION.apply("问题😀好吗", violations));
        assertEquals(5, TextRule.length("问题😀好吗"));
        assertTrue(violations.isEmpty());
    }

    @Test
    void blankIsRequiredOrAbsent() {
        assertNull(QUESTION.apply("  \n\t ", violations));
        assertNull(QUESTION.apply(null, violations));
        assertEquals(List.of("q.required", "q.required"), violations.stream().map(Violation::key).toList());
        violations.clear();
        assertNull(new TextRule("note", "o", 0, 10, false).apply("   ", violations));
        assertTrue(violations.isEmpty());
    }

    @Test
    void tooShortAndTooLongSayTheBoundAndTheLength() {
        assertNull(QUESTION.apply(" 太短了 ", violations));
        assertNull(QUESTION.apply("一二三四五六七八九十一二三四五六七八九十一", violations));
        assertEquals("q.tooShort", violations.get(0).key());
        assertArrayEquals(new Object[]{5, 3}, violations.get(0).arguments());
        assertEquals("q.tooLong", violations.get(1).key());
        assertArrayEquals(new Object[]{20, 21}, violations.get(1).arguments());
        assertEquals("text", violations.get(1).field());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x202E, 0x2066, 0x2028})
    void refusesControlAndBidiCharacters(int c) {
        assertNull(QUESTION.apply("正常文字" + Character.toString(c) + "正常文字", violations));
        assertEquals("q.controlCharacters", violations.get(0).key());
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineFields() {
        assertEquals("一\t二\n三", QUESTION.apply("一\t二\n三四五", violations).substring(0, 5));
        assertTrue(violations.isEmpty());
        assertNull(NAME.apply("张\n三", violations));
        assertNull(NAME.apply("张\t三", violations));
        assertEquals(List.of("n.controlCharacters", "n.controlCharacters"), violations.stream().map(Violation::key).toList());
    }

    @Test
    void htmlIsJustText() {
        assertEquals("<b>粗体</b>", QUESTION.apply("<b>粗体</b>", violations));
        assertEquals("<script>x</script>", QUESTION.apply("<script>x</script>", violations));
        assertTrue(violations.isEmpty());
    }

    @Test
    void linesSplitOnNewlinesKeepingEmptyOnes() {
        assertEquals(List.of("一", "", "三"), TextRule.lines("一\n\n三"));
        assertEquals(List.of(), TextRule.lines(null));
        assertEquals(List.of("<b>粗体</b>"), TextRule.lines("<b>粗体</b>"));
    }

    @Test
    void boundsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new TextRule("x", "x", 5, 4, false));
        assertThrows(IllegalArgumentException.class, () -> new TextRule("x", "x", -1, 4, false));
    }
}
