package cn.tongban.catalogue.control;

import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.OnlineLevel;
import cn.tongban.catalogue.entity.ProcessType;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueFileTest {

    private static final String VALID = """
            {"departments": [{"code": "ZJJ", "name": "住建局", "level": "CITY", "parent": null}],
             "matters": [{"code": "ZJJ-001", "name": "建筑工程施工许可证核发", "kind": "ADMINISTRATIVE_LICENSE",
                          "department": "ZJJ", "statutoryDays": 7, "promisedDays": 3,
                          "legalBasis": ["《建筑法》第八条"], "conditions": ["已办理用地批准手续"],
                          "materials": [{"name": "申请表", "form": "ELECTRONIC", "copies": 1, "blankForm": null, "required": true}],
                          "process": {"type": "SERIAL", "stages": [{"name": "受理", "role": "CLERK", "department": "ZJJ", "days": 1}]},
                          "onlineLevel": "FULL_ONLINE"}]}
            """;

    @Test
    void readsTheSampleCatalogue() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("seed/catalogue.json")) {
            CatalogueFile file = CatalogueFile.read(in, Set.of());
            assertEquals(10, file.departments().size());
            assertEquals(16, file.matters().size());
            assertEquals(3, file.matters().stream().filter(m -> m.content().process().type() == ProcessType.PARALLEL).count());
            assertEquals(1, file.matters().stream().filter(m -> m.content().onlineLevel() == OnlineLevel.OFFLINE_ONLY).count());
        }
    }

    @Test
    void everySampleGuideSurvivesItsStoredForm() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("seed/catalogue.json")) {
            for (var matter : CatalogueFile.read(in, Set.of()).matters()) {
                var content = matter.content();
                assertEquals(content, MatterContent.fromJson(matter.code(), content.toJson()), matter.code());
            }
        }
    }

    @Test
    void namesANestedFieldOfAnError() {
        var e = assertThrows(BusinessException.class, () -> read(VALID.replace("\"copies\": 1", "\"copies\": -1")));
        assertTrue(e.message(Locale.ENGLISH).contains("materials[0].copies"), e.message(Locale.ENGLISH));
        var stage = assertThrows(BusinessException.class, () -> read(VALID.replace("\"department\": \"ZJJ\", \"days\"",
                "\"department\": \"NOPE\", \"days\"")));
        assertTrue(stage.message(Locale.ENGLISH).contains("process.stages[0].department"), stage.message(Locale.ENGLISH));
    }

    @Test
    void readsAValidFile() {
        var file = read(VALID);
        assertEquals("ZJJ-001", file.matters().get(0).code());
        assertEquals(3, file.matters().get(0).content().promisedDays());
    }

    @Test
    void namesTheMatterAndFieldOfAnError() {
        var e = assertThrows(BusinessException.class, () -> read(VALID.replace("\"promisedDays\": 3", "\"promisedDays\": 9")));
        String message = e.message(Locale.ENGLISH);
        assertTrue(message.contains("ZJJ-001") && message.contains("promisedDays"), message);
    }

    @Test
    void refusesAnUnknownDepartmentAnUnknownKindAndBrokenJson() {
        assertThrows(BusinessException.class, () -> read(VALID.replace("\"department\": \"ZJJ\"", "\"department\": \"XXX\"")));
        assertThrows(BusinessException.class, () -> read(VALID.replace("ADMINISTRATIVE_LICENSE", "MAGIC")));
        assertThrows(BusinessException.class, () -> read(VALID.replace("\"statutoryDays\": 7", "\"statutoryDays\": \"7\"")));
        assertThrows(BusinessException.class, () -> read("{\"departments\": ["));
    }

    private static CatalogueFile read(String json) {
        return CatalogueFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Set.of());
    }
}
