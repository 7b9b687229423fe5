package cn.tongban.moderation.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds prohibited terms in a text the way a determined poster would try to hide them (第二十三条(一)):
 * in another case ({@code WeChat}, {@code WECHAT}), in full-width letters ({@code ＷＥＣＨＡＴ}), or with
 * blanks, punctuation, symbols or invisible characters between the characters ({@code 代 办 包 过},
 * {@code 代·办·包·过}, {@code 加\u200B微信}). Text and term are both reduced to their {@link #normalize
 * normalized} form, and the term must occur in the text. A match only holds a post for review, so the
 * occasional false match costs a reviewer a glance, while a missed one would publish the term.
 */
public final class TermMatcher {

    private TermMatcher() {
    }

    /**
     * The form in which terms are matched: compatibility-normalized (NFKC: full-width to half-width, the
     * ideographic space to a space), case folded, and without white space, control, format (zero-width),
     * punctuation or symbol characters.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !ignorable(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The terms that occur in any of the texts, each once, in the order of {@code terms}. */
    public static List<String> matches(Collection<String> terms, String... texts) {
        List<String> normalizedTexts = java.util.Arrays.stream(texts).map(TermMatcher::normalize).toList();
        Set<String> found = new LinkedHashSet<>();
        for (String term : terms) {
            String needle = normalize(term);
            if (!needle.isEmpty() && normalizedTexts.stream().anyMatch(t -> t.contains(needle))) {
                found.add(term);
            }
        }
        return List.copyOf(found);
    }

    private static boolean ignorable(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
