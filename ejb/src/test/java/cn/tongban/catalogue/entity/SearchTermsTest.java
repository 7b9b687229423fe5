package cn.tongban.catalogue.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTermsTest {

    @Test
    void aNameIsIndexedUnderEachCharacterAndEachPair() {
        Set<String> terms = SearchTerms.of("施工许可");
        assertEquals(Set.of("施", "工", "许", "可", "施工", "工许", "许可"), terms);
    }

    @Test
    void aQueryOfAPartOfAWordLooksUpItsPairs() {
        assertEquals(List.of("施工"), List.copyOf(SearchTerms.ofQuery("施工")));
        assertEquals(List.of("施工", "工许", "许可"), List.copyOf(SearchTerms.ofQuery("施工许可")));
        assertEquals(List.of("证"), List.copyOf(SearchTerms.ofQuery("证")));
        assertTrue(SearchTerms.of("建筑工程施工许可证核发").containsAll(SearchTerms.ofQuery("施工许可")),
                "every term of the query is a term of a name containing it");
    }

    @Test
    void caseWidthAndBlanksDoNotMatter() {
        assertEquals("permit zjj-001", SearchTerms.normalise("  ＰＥＲＭＩＴ \t ZJJ－001 "));
        assertEquals(SearchTerms.ofQuery("Permit"), SearchTerms.ofQuery("ｐｅｒｍｉｔ"));
        assertArrayEquals(new String[]{"施工", "许可"}, SearchTerms.phrases(" 施工   许可 "));
    }

    @Test
    void anEmptyOrOverlongQueryIsBounded() {
        assertTrue(SearchTerms.ofQuery("   ").isEmpty());
        assertTrue(SearchTerms.ofQuery(null).isEmpty());
        assertTrue(SearchTerms.ofQuery("施".repeat(500)).size() <= SearchTerms.MAX_QUERY_LENGTH);
    }
}
