package cn.tongban.catalogue.entity;

import cn.tongban.platform.entity.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Whether a matter counts its special procedures (听证、检验、专家评审) in the time limit: absent means not counted
 * (行政许可法 第四十五条), so catalogue files written before the flag existed read as they did.
 */
class SpecialProceduresCountedTest {

    private static JsonObject sample() throws IOException {
        try (var in = SpecialProceduresCountedTest.class.getClassLoader().getResourceAsStream("seed/catalogue.json");
             var reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("matters").getJsonObject(0);
        }
    }

    @Test
    void absentMeansNotCountedAndTheJsonStaysAsItWas() throws IOException {
        JsonObject matter = sample();
        MatterContent content = MatterContent.fromJson("M", matter);
        assertFalse(content.specialProceduresCounted());
        assertFalse(content.toJson().containsKey("specialProceduresCounted"));
    }

    @Test
    void countedIsReadWrittenKeptAndCompared() throws IOException {
        JsonObject matter = Json.createObjectBuilder(sample()).add("specialProceduresCounted", true).build();
        MatterContent counted = MatterContent.fromJson("M", matter);
        assertTrue(counted.specialProceduresCounted());
        assertEquals(counted, MatterContent.fromJson("M", counted.toJson()));
        assertTrue(counted.withTimeLimits(counted.statutoryDays(), counted.promisedDays()).specialProceduresCounted());
        MatterContent notCounted = MatterContent.fromJson("M", sample());
        assertTrue(counted.differencesFrom(notCounted).stream().anyMatch(d -> d.field().equals("specialProceduresCounted")));
    }

    @Test
    void anythingButABooleanIsRefused() throws IOException {
        JsonObject matter = Json.createObjectBuilder(sample()).add("specialProceduresCounted", "yes").build();
        assertThrows(BusinessException.class, () -> MatterContent.fromJson("M", matter));
    }
}
