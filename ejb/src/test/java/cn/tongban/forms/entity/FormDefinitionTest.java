package cn.tongban.forms.entity;

import cn.tongban.forms.SeedCatalogue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormDefinitionTest {

    private static final String VALID = """
            {"fields": [
              {"name": "companyName", "label": "企业名称", "type": "TEXT", "required": true},
              {"name": "needInvoice", "label": "是否同步申领发票", "type": "SELECT", "required": true, "options": ["是", "否"]},
              {"name": "sealCount", "label": "刻制印章数量（枚）", "type": "NUMBER", "required": false}
            ]}
            """;

    @Test
    void readsAndWritesBackTheFormOfEveryMatterOfTheCatalogue() {
        List<JsonObject> matters = SeedCatalogue.matters();
        assertEquals(16, matters.size());
        Set<FieldType> typesSeen = new java.util.HashSet<>();
        for (JsonObject matter : matters) {
            JsonObject form = matter.getJsonObject("form");
            FormDefinition definition = FormDefinition.fromJson(form);
            assertEquals(form.getJsonArray("fields").size(), definition.fields().size(), matter.getString("code"));
            assertEquals(form, definition.toJson(), matter.getString("code"));
            assertEquals(definition, FormDefinition.fromJson(definition.toJson()), matter.getString("code"));
            definition.fields().forEach(f -> typesSeen.add(f.type()));
        }
        assertEquals(Set.of(FieldType.values()), typesSeen, "the catalogue uses every type");
    }

    @Test
    void readsTheFieldsOfTheSampleMatterInOrder() {
        FormDefinition form = FormDefinition.fromJson(SeedCatalogue.form("SCJGJ-001"));
        assertEquals(List.of("companyName", "entityType", "registeredCapital", "legalRepName", "legalRepIdCard", "address",
                "townStreet", "businessScope", "sealCount", "needInvoice", "employeeCount", "contactPhone"),
                form.fields().stream().map(FieldDefinition::name).toList());
        FieldDefinition idCard = form.field("legalRepIdCard").orElseThrow();
        assertEquals("法定代表人身份证号码", idCard.label());
        assertEquals(FieldType.ID_CARD, idCard.type());
        assertTrue(idCard.required());
        assertTrue(idCard.options().isEmpty());
        assertFalse(form.field("sealCount").orElseThrow().required());
        assertEquals(List.of("是", "否"), form.field("needInvoice").orElseThrow().options());
        assertEquals(33, form.field("townStreet").orElseThrow().options().size());
        assertTrue(form.field("nothing").isEmpty());
    }

    @Test
    void writesTheShapeOfTheCatalogue() {
        JsonObject written = FormDefinition.fromJson(read(VALID)).toJson();
        assertEquals(Set.of("fields"), written.keySet());
        JsonObject select = written.getJsonArray("fields").getJsonObject(1);
        assertEquals(Set.of("name", "label", "type", "required", "options"), select.keySet());
        assertEquals("SELECT", select.getString("type"));
        assertEquals(Set.of("name", "label", "type", "required"), written.getJsonArray("fields").getJsonObject(0).keySet());
        assertFalse(written.getJsonArray("fields").getJsonObject(2).getBoolean("required"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"type\": \"NUMBER\"                  | \"type\": \"INTEGER\"                          | sealCount",
            "\"type\": \"NUMBER\"                  | \"type\": \"number\"                           | sealCount",
            "\"type\": \"NUMBER\"                  | \"type\": 3                                    | sealCount",
            "\"type\": \"NUMBER\"                  | \"type\": \"NUMBER\", \"placeholder\": \"1\"      | sealCount",
            "\"type\": \"TEXT\", \"required\": true | \"required\": true                              | companyName",
            ", \"options\": [\"是\", \"否\"]        | ''                                             | needInvoice",
            "\"options\": [\"是\", \"否\"]          | \"options\": []                                | needInvoice",
            "\"options\": [\"是\", \"否\"]          | \"options\": [\"是\", \"是\"]                    | needInvoice",
            "\"options\": [\"是\", \"否\"]          | \"options\": [\"是\", \" 否\"]                   | needInvoice",
            "\"options\": [\"是\", \"否\"]          | \"options\": [\"是\", 2]                         | needInvoice",
            "\"options\": [\"是\", \"否\"]          | \"options\": \"是,否\"                           | needInvoice",
            "\"type\": \"TEXT\", \"required\": true | \"type\": \"TEXT\", \"required\": true, \"options\": [\"a\"] | companyName",
            "\"type\": \"TEXT\", \"required\": true | \"type\": \"TEXT\", \"required\": \"true\"       | companyName",
            "\"type\": \"TEXT\", \"required\": true | \"type\": \"TEXT\"                              | companyName",
            "\"type\": \"TEXT\", \"required\": true | \"type\": \"TEXT\", \"requried\": true           | companyName",
            "\"label\": \"企业名称\"                | \"label\": \" \"                                 | companyName",
            "\"label\": \"企业名称\"                | \"label\": null                                | companyName",
            "\"name\": \"sealCount\"                | \"name\": \"companyName\"                        | companyName",
            "\"name\": \"sealCount\"                | \"name\": \"seal-count\"                         | seal-count",
            "\"name\": \"sealCount\"                | \"name\": \"1seal\"                              | 1seal",
            "\"name\": \"sealCount\"                | \"name\": \"\"                                   | '#3'",
            "\"name\": \"sealCount\"                | \"name\": 7                                    | '#3'"})
    void refusesAMalformedFieldNamingIt(String original, String replacement, String named) {
        String json = VALID.replace(original, replacement);
        assertFalse(json.equals(VALID), "the test changes the definition");
        var e = assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(read(json)));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void refusesANameLongerThan64Characters() {
        String name = "a".repeat(65);
        var e = assertThrows(IllegalArgumentException.class,
                () -> FormDefinition.fromJson(read(VALID.replace("sealCount", name))));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertEquals(name.substring(1), FormDefinition.fromJson(read(VALID.replace("sealCount", name.substring(1))))
                .fields().get(2).name());
    }

    @Test
    void refusesAMalformedForm() {
        assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(null));
        assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(read("{}")));
        assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(read("{\"fields\": {}}")));
        assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(read("{\"fields\": [], \"title\": \"x\"}")));
        var e = assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(read("{\"fields\": [{}, \"x\"]}")));
        assertTrue(e.getMessage().contains("#1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FormDefinition.fromJson(read("{\"fields\": [\"x\"]}")));
        assertTrue(e.getMessage().contains("#1"), e.getMessage());
    }

    @Test
    void aFormMayHaveNoFields() {
        assertEquals(List.of(), FormDefinition.fromJson(read("{\"fields\": []}")).fields());
    }

    @Test
    void refusesMalformedDefinitionsBuiltInCode() {
        assertThrows(IllegalArgumentException.class, () -> new FieldDefinition("town", "镇街", FieldType.SELECT, true));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldDefinition("town", "镇街", FieldType.TEXT, true, List.of("南城街道")));
        assertThrows(IllegalArgumentException.class, () -> new FieldDefinition("town", "镇街", null, true));
        var field = new FieldDefinition("town", "镇街", FieldType.TEXT, true);
        var e = assertThrows(IllegalArgumentException.class, () -> new FormDefinition(List.of(field, field)));
        assertTrue(e.getMessage().contains("town"), e.getMessage());
        assertEquals(List.of(), new FieldDefinition("town", "镇街", FieldType.TEXT, true, null).options());
    }

    @Test
    void isImmutable() {
        var options = new java.util.ArrayList<>(List.of("是", "否"));
        var field = new FieldDefinition("needInvoice", "是否同步申领发票", FieldType.SELECT, true, options);
        options.add("也许");
        assertEquals(List.of("是", "否"), field.options());
        var fields = new java.util.ArrayList<>(List.of(field));
        var form = new FormDefinition(fields);
        fields.clear();
        assertEquals(1, form.fields().size());
        assertThrows(UnsupportedOperationException.class, () -> form.fields().clear());
        assertEquals(Set.of("needInvoice"), form.fields().stream().map(FieldDefinition::name).collect(Collectors.toSet()));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
