package cn.tongban.applications.entity;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalJsonTest {

    @Test
    void orderOfMembersAndSpacingDoNotMatter() {
        assertEquals(CanonicalJson.of(json("{\"b\": 1, \"a\": {\"y\": [1, 2], \"x\": \"t\"}}")),
                CanonicalJson.of(json("{\"a\":{\"x\":\"t\",\"y\":[1,2]},\"b\":1}")));
        assertEquals("{\"a\":{\"x\":\"t\",\"y\":[1,2]},\"b\":1}", CanonicalJson.of(json("{ \"b\" : 1 , \"a\" : {\"y\":[1, 2],\"x\":\"t\"} }")));
    }

    @Test
    void numbersHaveOneSpelling() {
        assertEquals(CanonicalJson.of(json("[1.50, 15e-1, 0.0, -0, 100]")), CanonicalJson.of(json("[1.5, 1.5, 0, 0, 1E2]")));
        assertEquals("[1.5,0,100]", CanonicalJson.of(json("[1.50, 0.0, 1E2]")));
    }

    @Test
    void farExponentsStayShort() {
        assertTrue(CanonicalJson.of(json("[1e999999999]")).length() < 20);
    }

    @Test
    void arrayOrderAndStringsMatter() {
        assertNotEquals(CanonicalJson.sha256(json("[1, 2]")), CanonicalJson.sha256(json("[2, 1]")));
        assertNotEquals(CanonicalJson.sha256(json("{\"a\": \"1\"}")), CanonicalJson.sha256(json("{\"a\": 1}")));
        assertEquals("{\"q\":\"say \\\"hi\\\"\\n\\u0001\"}", CanonicalJson.of(json("{\"q\": \"say \\\"hi\\\"\\n\\u0001\"}")));
    }

    @Test
    void unicodeEscapesAndLiteralCharactersAreTheSame() {
        assertEquals(CanonicalJson.sha256(json("{\"n\": \"张三\"}")), CanonicalJson.sha256(json("{\"n\": \"\\u5f20\\u4e09\"}")));
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
