package cn.tongban.web.statistics;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartJsonTest {

    @Test
    void aBarChartHasALabelAndAValuePerItemInEachDataSet() {
        String json = ChartJson.bar()
                .labels(List.of("住建局", "水务局"), s -> s)
                .counts("收件", List.of(3L, 0L), v -> v)
                .decimals("平均评分", List.of(4.5, -1.0), v -> v < 0 ? null : v)
                .toJson(5);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("住建局", "水务局"), chart.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(3, sets.getJsonObject(0).getJsonArray("data").getInt(0));
        assertTrue(sets.getJsonObject(1).getJsonArray("data").isNull(1), "a missing average is a gap, not zero");
        assertEquals(5, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    }

    @Test
    void aNameCannotCloseThePageScript() {
        String json = ChartJson.line().labels(List.of("</script><script>alert(1)</script>"), s -> s).toJson(null);
        assertFalse(json.contains("<"), json);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("</script><script>alert(1)</script>",
                chart.getJsonObject("data").getJsonArray("labels").getString(0), "still the same text once parsed");
    }
}
