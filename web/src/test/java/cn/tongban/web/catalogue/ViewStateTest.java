package cn.tongban.web.catalogue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The view-scoped catalogue pages travel with the replicated session: what they keep between requests must
 * serialise, and come back whole.
 */
class ViewStateTest {

    @Test
    void theEditFormKeepsTheContentItStartedFrom() throws Exception {
        CatalogueEditPage page = new CatalogueEditPage();
        page.setMatter("ZJJ-002");
        page.fill(VersionComparisonTest.seed("ZJJ-002"));
        page.setPromisedDays(6);
        page.setReason("压减承诺时限");

        CatalogueEditPage copy = roundTrip(page);

        assertEquals(6, copy.getPromisedDays());
        assertEquals(15, copy.getStatutoryDays());
        assertEquals(page.getConditions(), copy.getConditions());
        assertEquals("压减承诺时限", copy.getReason());
    }

    @Test
    void theVersionPageKeepsItsCommentAndDate() throws Exception {
        CatalogueVersionPage page = new CatalogueVersionPage();
        page.setId(51L);
        page.setCompare(1L);
        page.setComment("同意");
        page.setEffectiveFrom(LocalDate.of(2026, 12, 1));

        CatalogueVersionPage copy = roundTrip(page);

        assertEquals(51L, copy.getId());
        assertEquals(1L, copy.getCompare());
        assertEquals("同意", copy.getComment());
        assertEquals(LocalDate.of(2026, 12, 1), copy.getEffectiveFrom());
    }

    @Test
    void theGuidePageKeepsItsCode() throws Exception {
        MatterPage page = new MatterPage();
        page.setCode("ZJJ-002");

        assertEquals("ZJJ-002", roundTrip(page).getCode());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T page) throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(page);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
