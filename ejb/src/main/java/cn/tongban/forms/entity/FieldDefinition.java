package cn.tongban.forms.entity;

import jakarta.json.JsonValue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a matter's online form, as the department's business owner defines it (第十八条): the name
 * under which its value is stored and sent to partner systems, the label the applicant reads, its type,
 * whether it may be left empty, and for a {@link FieldType#SELECT} the options to choose from. A malformed
 * definition is refused with an {@link IllegalArgumentException} naming the field.
 */
public record FieldDefinition(String name, String label, FieldType type, boolean required, List<String> options)
        implements Serializable {

    /* A name becomes a JSON key, a JSF component id and a column of exports, so it is kept to what all accept. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final int MAX_LABEL = 200;

    public FieldDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Form field name must be a letter followed by up to 63 letters, digits or _: "
                    + name);
        }
        if (label == null || label.isBlank() || label.codePointCount(0, label.length()) > MAX_LABEL) {
            throw new IllegalArgumentException("Form field " + name + " needs a label of 1 to " + MAX_LABEL + " characters");
        }
        if (type == null) {
            throw new IllegalArgumentException("Form field " + name + " has no type");
        }
        options = options == null ? List.of() : copyOfOptions(name, options);
        if (type == FieldType.SELECT && options.isEmpty()) {
            throw new IllegalArgumentException("Form field " + name + " is a SELECT without options");
        }
        if (type != FieldType.SELECT && !options.isEmpty()) {
            throw new IllegalArgumentException("Form field " + name + " has options but is a " + type + ", not a SELECT");
        }
    }

    /** A field that is not a {@link FieldType#SELECT}. */
    public FieldDefinition(String name, String label, FieldType type, boolean required) {
        this(name, label, type, required, List.of());
    }

    /** Options are compared exactly with what is submitted, so blanks around one would make it unselectable. */
    private static List<String> copyOfOptions(String name, List<String> options) {
        var seen = new HashSet<String>();
        for (String option : options) {
            if (option == null || option.isBlank() || !option.equals(option.strip())) {
                throw new IllegalArgumentException("Form field " + name + " has an empty option or one with blanks around it");
            }
            if (!seen.add(option)) {
                throw new IllegalArgumentException("Form field " + name + " has the option " + option + " twice");
            }
        }
        return List.copyOf(options);
    }

    /**
     * Checks one submitted value of this field, see {@link FieldType#normalise}; an empty value is refused with
     * {@code form.required} whether or not the field is required, because only the caller knows what to do then.
     */
    public FieldType.Outcome normalise(JsonValue raw, LocalDate today) {
        return type.normalise(raw, options, Objects.requireNonNull(today));
    }
}
