package cn.tongban.forms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample catalogue of {@code seed/catalogue.json}, as the tests read the forms of its matters. */
public final class SeedCatalogue {

    private SeedCatalogue() {
    }

    public static List<JsonObject> matters() {
        try (InputStream in = SeedCatalogue.class.getClassLoader().getResourceAsStream("seed/catalogue.json");
             var reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("matters").stream().map(JsonValue::asJsonObject).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject form(String matterCode) {
        return matters().stream().filter(m -> m.getString("code").equals(matterCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no matter " + matterCode)).getJsonObject("form");
    }
}
