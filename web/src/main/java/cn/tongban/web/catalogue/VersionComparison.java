package cn.tongban.web.catalogue;

import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.forms.entity.FieldDefinition;
import cn.tongban.forms.entity.FieldType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What two versions of a matter hold differently, as rows of a side-by-side table: one row per changed field
 * (the fields and their order are those of {@link MatterContent#differencesFrom}), each side as the lines a
 * reader compares, in the reader's language. A line that the other side lacks is marked, so that in a list of
 * twenty conditions the one that changed stands out.
 */
public final class VersionComparison {

    /** One line of one side; {@code changed} when the other side has no such line. */
    public record Line(String text, boolean changed) implements Serializable {
    }

    /** One changed field: its name (a key under {@code catalogue.field.}) and the lines of each side. */
    public record Row(String field, List<Line> before, List<Line> after) implements Serializable {
    }

    /** The words the lines are made of: texts of the page's bundle, and department names by code. */
    public interface Labels {
        String text(String key, Object... arguments);

        String department(String code);
    }

    private VersionComparison() {
    }

    /**
     * The rows for the differences the service found between {@code before} and {@code after}. A field this page
     * does not know is shown as the service wrote it, line by line.
     */
    public static List<Row> rows(List<MatterContent.Difference> differences, MatterContent before, MatterContent after,
                                 Labels labels) {
        List<Row> rows = new ArrayList<>();
        for (MatterContent.Difference difference : differences) {
            List<String> older = lines(difference.field(), before, labels);
            List<String> newer = lines(difference.field(), after, labels);
            if (older == null || newer == null) {
                older = split(difference.before());
                newer = split(difference.after());
            }
            rows.add(new Row(difference.field(), marked(older, newer), marked(newer, older)));
        }
        return rows;
    }

    /** A text as its lines; none for null. */
    static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }

    private static List<Line> marked(List<String> side, List<String> other) {
        Set<String> others = new HashSet<>(other);
        return side.stream().map(line -> new Line(line, !others.contains(line))).toList();
    }

    /** The lines of one field of one version, or null for a field this page does not know. */
    private static List<String> lines(String field, MatterContent content, Labels labels) {
        return switch (field) {
            case "name" -> split(content.name());
            case "nameEn" -> split(content.nameEn());
            case "kind" -> List.of(labels.text("kind." + content.kind()));
            case "legalBasis" -> content.legalBasis();
            case "conditions" -> content.conditions();
            case "materials" -> each(content.materials(), m -> material(m, labels));
            case "fee" -> split(content.fee());
            case "statutoryDays" -> List.of(String.valueOf(content.statutoryDays()));
            case "promisedDays" -> List.of(String.valueOf(content.promisedDays()));
            case "process" -> process(content.process(), labels);
            case "form" -> each(content.form().fields(), f -> field(f, labels));
            case "onlineLevel" -> List.of(labels.text("onlineLevel." + content.onlineLevel()));
            case "contacts" -> contacts(content.contacts(), labels);
            case "servicePromise" -> split(content.servicePromise());
            default -> null;
        };
    }

    private static <T> List<String> each(List<T> items, Function<T, String> line) {
        return items.stream().map(line).toList();
    }

    private static String material(MatterContent.Material m, Labels labels) {
        String form = labels.text("materialForm." + m.form());
        String required = labels.text(m.required() ? "matter.material.mandatory" : "matter.material.optional");
        return m.blankForm() == null
                ? labels.text("catalogue.diff.material", m.name(), form, String.valueOf(m.copies()), required)
                : labels.text("catalogue.diff.materialBlankForm", m.name(), form, String.valueOf(m.copies()), required,
                m.blankForm());
    }

    private static List<String> process(MatterContent.Process process, Labels labels) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.text("catalogue.diff.processType", labels.text("processType." + process.type())));
        for (MatterContent.Stage stage : process.stages()) {
            lines.add(labels.text("catalogue.diff.stage", stage.name(), role(stage.role(), labels),
                    labels.department(stage.department()), String.valueOf(stage.days())));
        }
        for (MatterContent.Branch branch : process.parallelBranches()) {
            lines.add(labels.text(branch.prerequisite() ? "catalogue.diff.branchPrerequisite" : "catalogue.diff.branch",
                    branch.name(), labels.department(branch.department()), String.valueOf(branch.days())));
        }
        return lines;
    }

    private static String role(String role, Labels labels) {
        return switch (role) {
            case "CLERK", "REVIEWER", "APPROVER" -> labels.text("role." + role);
            default -> role;
        };
    }

    private static String field(FieldDefinition field, Labels labels) {
        String type = labels.text("fieldType." + field.type());
        if (field.type() == FieldType.SELECT) {
            type = labels.text("catalogue.diff.options", type, String.join(labels.text("catalogue.diff.optionSeparator"),
                    field.options()));
        }
        return labels.text(field.required() ? "catalogue.diff.field.required" : "catalogue.diff.field.optional",
                field.label(), type);
    }

    private static List<String> contacts(MatterContent.Contacts contacts, Labels labels) {
        List<String> lines = new ArrayList<>();
        if (contacts.phone() != null) {
            lines.add(labels.text("catalogue.diff.phone", contacts.phone()));
        }
        if (contacts.address() != null) {
            lines.add(labels.text("catalogue.diff.address", contacts.address()));
        }
        return lines;
    }
}
