package cn.tongban.forms.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A matter's online form: its fields in the order the applicant fills them. It is read from and written as
 * the {@code form} object of the catalogue ({@code {"fields": [{"name", "label", "type", "required",
 * "options"}]}}), strictly, so that a misspelt key in a department's definition is refused when the matter
 * is edited rather than ignored until an applicant meets the form.
 */
public record FormDefinition(List<FieldDefinition> fields) implements Serializable {

    private static final Set<String> FORM_KEYS = Set.of("fields");
    private static final Set<String> FIELD_KEYS = Set.of("name", "label", "type", "required", "options");

    public FormDefinition {
        if (fields == null || fields.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A form definition needs a list of fields");
        }
        fields = List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("Form field " + field.name() + " is defined twice");
            }
        }
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Reads the {@code form} object of a catalogue matter.
     *
     * @throws IllegalArgumentException naming the field (by position, and by name once it is known) that is malformed
     */
    public static FormDefinition fromJson(JsonObject formObject) {
        if (formObject == null) {
            throw new IllegalArgumentException("No form definition");
        }
        for (String key : formObject.keySet()) {
            if (!FORM_KEYS.contains(key)) {
                throw new IllegalArgumentException("Form definition has the unknown key " + key);
            }
        }
        if (!(formObject.get("fields") instanceof JsonArray array)) {
            throw new IllegalArgumentException("Form definition needs an array of fields");
        }
        List<FieldDefinition> fields = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String position = "Form field #" + (i + 1);
            if (!(array.get(i) instanceof JsonObject object)) {
                throw new IllegalArgumentException(position + " is not a JSON object");
            }
            String name = object.get("name") instanceof JsonString n ? n.getString() : null;
            String which = name == null ? position : position + " (" + name + ")";
            try {
                fields.add(field(object));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(which + ": " + e.getMessage(), e);
            }
        }
        return new FormDefinition(fields);
    }

    private static FieldDefinition field(JsonObject object) {
        for (String key : object.keySet()) {
            if (!FIELD_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key " + key);
            }
        }
        String type = text(object, "type");
        FieldType fieldType;
        try {
            fieldType = FieldType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown type " + type, e);
        }
        JsonValue required = object.get("required");
        if (required != JsonValue.TRUE && required != JsonValue.FALSE) {
            throw new IllegalArgumentException("required must be true or false");
        }
        return new FieldDefinition(text(object, "name"), text(object, "label"), fieldType, required == JsonValue.TRUE,
                options(object));
    }

    private static String text(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonString string)) {
            throw new IllegalArgumentException(key + " must be a string");
        }
        return string.getString();
    }

    private static List<String> options(JsonObject object) {
        JsonValue value = object.get("options");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException("options must be an array of strings");
        }
        List<String> options = new ArrayList<>();
        for (JsonValue option : array) {
            if (!(option instanceof JsonString string)) {
                throw new IllegalArgumentException("options must be an array of strings");
            }
            options.add(string.getString());
        }
        return options;
    }

    /** The {@code form} object of the catalogue, which {@link #fromJson} reads back to an equal definition. */
    public JsonObject toJson() {
        var array = Json.createArrayBuilder();
        for (FieldDefinition field : fields) {
            var object = Json.createObjectBuilder()
                    .add("name", field.name())
                    .add("label", field.label())
                    .add("type", field.type().name())
                    .add("required", field.required());
            if (!field.options().isEmpty()) {
                object.add("options", Json.createArrayBuilder(field.options()));
            }
            array.add(object);
        }
        return Json.createObjectBuilder().add("fields", array).build();
    }
}
