package cn.tongban.applications.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * One spelling for JSON values that mean the same: object members sorted by name, no blanks, numbers in their
 * shortest plain decimal form ({@code 1.50} and {@code 1.5e0} are {@code 1.5}), strings with the minimal escapes.
 * Two submission requests are "the same body" when their canonical forms are equal, whatever the order of their
 * fields or the spacing a client used.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** The SHA-256 of the canonical form's UTF-8 bytes, in hex. */
    public static String sha256(JsonValue value) {
        return IdempotencyKey.sha256Hex(of(value).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (var member : new TreeMap<>((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(member.getKey(), out);
                    out.append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> {
                var number = ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
                // a plain form of 1e999999999 would be a billion characters: far exponents keep the E form
                out.append(number.signum() == 0 ? "0" : Math.abs(number.scale()) > 64 ? number.toString() : number.toPlainString());
            }
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
