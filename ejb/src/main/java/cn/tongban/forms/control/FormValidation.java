package cn.tongban.forms.control;

import cn.tongban.forms.entity.FieldDefinition;
import cn.tongban.forms.entity.FieldType;
import cn.tongban.forms.entity.FormDefinition;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the values an applicant submits for a matter's online form, the same way whether they come from the
 * JSF form, the JSON API or a partner system. It reports every invalid field of a submission at once, so the
 * applicant corrects them in one round, and gives the values in their normal form for storing.
 */
public class FormValidation {

    private final Clock clock;

    /** Validation against the system clock. */
    public FormValidation() {
        this(Clock.system(Clocks.CHINA));
    }

    /** Validation against the given clock, the application's one or a fixed one in tests. */
    public FormValidation(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The violations of a submission, in the order of the form's fields followed by unknown names, and its
     * valid values normalised. Every violation's first argument is the field's label, or for an unknown field
     * its name as submitted.
     */
    public record Result(List<Violation> violations, JsonObject normalised) {

        public Result {
            violations = List.copyOf(violations);
            Objects.requireNonNull(normalised);
        }

        public boolean isValid() {
            return violations.isEmpty();
        }

        /**
         * The normalised values of a valid submission.
         *
         * @throws BusinessException listing every violation, if there are any
         */
        public JsonObject orThrow() {
            if (!isValid()) {
                throw BusinessException.invalidFields(violations);
            }
            return normalised;
        }
    }

    public Result validate(FormDefinition form, JsonObject values) {
        Objects.requireNonNull(form);
        Objects.requireNonNull(values);
        // A birth date in an identity number is a date in China, whatever zone the clock was given in.
        LocalDate today = LocalDate.ofInstant(clock.instant(), Clocks.CHINA);
        List<Violation> violations = new ArrayList<>();
        var normalised = Json.createObjectBuilder();
        for (FieldDefinition field : form.fields()) {
            JsonValue raw = values.get(field.name());
            if (FieldType.isEmpty(raw)) {
                if (field.required()) {
                    violations.add(new Violation(field.name(), "form.required", field.label()));
                }
                continue;
            }
            FieldType.Outcome outcome = field.normalise(raw, today);
            if (outcome.isAccepted()) {
                normalised.add(field.name(), outcome.value());
            } else {
                List<Serializable> arguments = new ArrayList<>();
                arguments.add(field.label());
                arguments.addAll(outcome.details());
                violations.add(new Violation(field.name(), outcome.key(), arguments.toArray(Serializable[]::new)));
            }
        }
        for (String name : values.keySet()) {
            if (form.field(name).isEmpty()) {
                violations.add(new Violation(name, "form.unknownField", name));
            }
        }
        return new Result(violations, normalised.build());
    }
}
