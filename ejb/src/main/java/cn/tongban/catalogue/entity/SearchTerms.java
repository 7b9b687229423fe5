package cn.tongban.catalogue.entity;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The keyword index of the catalogue. Chinese has no spaces between words, so a word index does not find
 * "施工" in "建筑工程施工许可证核发"; instead every single character and every pair of neighbouring characters
 * of a matter's name is a term (the usual n-gram index for CJK text). A query of several characters
 * looks up its pairs, each of which must occur; the exact phrase is then checked on the few candidates.
 */
public final class SearchTerms {

    /** Queries longer than this are cut: a guide title is never that long, and the look-up stays small. */
    public static final int MAX_QUERY_LENGTH = 40;

    private SearchTerms() {
    }

    /** Lower case, full-width letters and digits made half-width, runs of blanks made one space. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** The terms a text is indexed under: each character and each neighbouring pair, blanks excluded. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : normalise(text).split(" ")) {
            int[] chars = part.codePoints().toArray();
            for (int i = 0; i < chars.length; i++) {
                terms.add(new String(chars, i, 1));
                if (i + 1 < chars.length) {
                    terms.add(new String(chars, i, 2));
                }
            }
        }
        return terms;
    }

    /**
     * The terms a query must all have: its pairs, or its single character. Blanks split a query into parts
     * that must each occur.
     */
    public static Set<String> ofQuery(String query) {
        String normal = normalise(query);
        if (normal.length() > MAX_QUERY_LENGTH) {
            normal = normal.substring(0, MAX_QUERY_LENGTH).strip();
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String part : normal.split(" ")) {
            int[] chars = part.codePoints().toArray();
            if (chars.length == 1) {
                terms.add(part);
            }
            for (int i = 0; i + 1 < chars.length; i++) {
                terms.add(new String(chars, i, 2));
            }
        }
        return terms;
    }

    /** The parts of a query that must each occur as written. */
    public static String[] phrases(String query) {
        String normal = normalise(query);
        if (normal.length() > MAX_QUERY_LENGTH) {
            normal = normal.substring(0, MAX_QUERY_LENGTH).strip();
        }
        return normal.isEmpty() ? new String[0] : normal.split(" ");
    }
}
