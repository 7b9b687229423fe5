package cn.tongban.rest.platform;

import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request body strictly: a field the operation does not know, a value of the wrong JSON type or a
 * missing required field is an error (JSON-B would quietly turn 42 into "42" or drop a misspelt field).
 * All errors of a body are collected and refused together, before anything is changed.
 */
public final class JsonRequest {

    /** The largest body an operation reads; materials are uploaded separately. */
    public static final int MAX_BYTES = 256 * 1024;

    private final JsonObject body;
    private final String prefix;
    private final List<Violation> violations;

    private JsonRequest(JsonObject body, Set<String> fields) {
        this(body, fields, "", new ArrayList<>());
    }

    private JsonRequest(JsonObject body, Set<String> fields, String prefix, List<Violation> violations) {
        this.body = body;
        this.prefix = prefix;
        this.violations = violations;
        body.keySet().stream().filter(name -> !fields.contains(name)).sorted()
                .forEach(name -> violations.add(new Violation(prefix + name, "field.unknown")));
    }

    /**
     * Reads a body that must be one JSON object holding only the given fields. An empty body, a body over
     * {@link #MAX_BYTES} and malformed JSON are refused with what is wrong and where.
     */
    public static JsonRequest read(InputStream in, String... fields) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw BusinessException.invalid("request.missingBody");
        }
        if (bytes.length > MAX_BYTES) {
            throw BusinessException.invalid("request.tooLarge", MAX_BYTES / 1024);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw BusinessException.invalid("request.missingBody");
        }
        JsonStructure structure;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            structure = reader.read();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw BusinessException.invalid("request.invalidJson", at.getLineNumber(), at.getColumnNumber());
        } catch (JsonException e) {
            throw BusinessException.invalid("request.invalidJson", 1, 1);
        }
        if (!(structure instanceof JsonObject object)) {
            throw BusinessException.invalid("request.notObject");
        }
        return new JsonRequest(object, Set.of(fields));
    }

    public String requiredText(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            violations.add(new Violation(prefix + field, "field.required"));
            return null;
        }
        if (!(value instanceof JsonString text)) {
            violations.add(new Violation(prefix + field, "field.notText"));
            return null;
        }
        if (text.getString().isBlank()) {
            violations.add(new Violation(prefix + field, "field.required"));
            return null;
        }
        return text.getString().strip();
    }

    /**
     * A text field that may be left out: null when absent, null or blank, else the text stripped; any other JSON type
     * is an error.
     */
    public String optionalText(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            violations.add(new Violation(prefix + field, "field.notText"));
            return null;
        }
        return text.getString().isBlank() ? null : text.getString().strip();
    }

    public Optional<JsonObject> optionalObject(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonObject object)) {
            violations.add(new Violation(prefix + field, "field.notObject"));
            return Optional.empty();
        }
        return Optional.of(object);
    }

    /**
     * A nested object read as strictly as the body: only the given fields, errors named {@code field.member} and
     * refused together with the body's by {@link #check()}.
     */
    public Optional<JsonRequest> optionalNested(String field, String... fields) {
        return optionalObject(field).map(object -> new JsonRequest(object, Set.of(fields), prefix + field + ".", violations));
    }

    /** Refuses the request if any field was invalid. */
    public void check() {
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
    }

    // ---- partner interface (tasks): yes/no fields ----

    /** {@code true} or {@code false}, or null when left out. */
    public Boolean optionalBoolean(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        violations.add(new Violation(field, "field.notBoolean"));
        return null;
    }

    public boolean requiredBoolean(String field) {
        if (!body.containsKey(field) || body.get(field).getValueType() == JsonValue.ValueType.NULL) {
            violations.add(new Violation(field, "field.required"));
            return false;
        }
        Boolean value = optionalBoolean(field);
        return value != null && value;
    }
}
