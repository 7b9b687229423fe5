package cn.tongban.web.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the edit form's texts become the content's texts and lists. */
class CatalogueEditPageTest {

    @Test
    void eachNonBlankLineOfATextareaIsOneItem() {
        assertEquals(List.of("第一条", "第二条", "第三条"),
                CatalogueEditPage.lines("  第一条 \r\n\r\n第二条\n\u3000\n第三条\u3000"));
    }

    @Test
    void anEmptyTextareaIsAnEmptyList() {
        assertEquals(List.of(), CatalogueEditPage.lines(null));
        assertEquals(List.of(), CatalogueEditPage.lines(" \n \n"));
    }

    @Test
    void aBlankFieldIsNoText() {
        assertNull(CatalogueEditPage.text("\u3000 "));
        assertNull(CatalogueEditPage.text(null));
        assertEquals("不收费", CatalogueEditPage.text(" 不收费 "));
    }
}
