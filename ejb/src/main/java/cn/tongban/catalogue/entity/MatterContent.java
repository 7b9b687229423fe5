package cn.tongban.catalogue.entity;

import cn.tongban.forms.entity.FormDefinition;
import jakarta.json.Json;
import cn.tongban.platform.entity.BusinessException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a matter's service guide says (第四、五、十四条): what a version of the matter holds. Immutable;
 * a change is a new value, and so a new version. Its JSON form is the catalogue file's matter object.
 */
public record MatterContent(
        String name,
        String nameEn,
        MatterKind kind,
        List<String> legalBasis,
        List<String> conditions,
        List<Material> materials,
        String fee,
        int statutoryDays,
        int promisedDays,
        Process process,
        FormDefinition form,
        OnlineLevel onlineLevel,
        Contacts contacts,
        String servicePromise,
        boolean specialProceduresCounted) implements Serializable {

    /**
     * Content whose special procedures (听证、检验、专家评审) are not counted in the time limit, as 行政许可法
     * 第四十五条 has it unless the matter says otherwise.
     */
    public MatterContent(String name, String nameEn, MatterKind kind, List<String> legalBasis, List<String> conditions,
                         List<Material> materials, String fee, int statutoryDays, int promisedDays, Process process,
                         FormDefinition form, OnlineLevel onlineLevel, Contacts contacts, String servicePromise) {
        this(name, nameEn, kind, legalBasis, conditions, materials, fee, statutoryDays, promisedDays, process, form,
                onlineLevel, contacts, servicePromise, false);
    }

    /** A material the applicant hands in, and whether a blank form for it can be downloaded. */
    public record Material(String name, MaterialForm form, int copies, String blankForm, boolean required)
            implements Serializable {
        public Material {
            Objects.requireNonNull(name);
            Objects.requireNonNull(form);
            if (copies < 1) {
                throw new IllegalArgumentException("copies of " + name + " must be at least 1");
            }
        }
    }

    /** A step of the owning department's own handling, done by the role it names (CLERK, REVIEWER, APPROVER). */
    public record Stage(String name, String role, String department, int days) implements Serializable {
        public Stage {
            Objects.requireNonNull(name);
            Objects.requireNonNull(role);
            Objects.requireNonNull(department);
        }
    }

    /**
     * A department examining the application at the same time as the others (并联审批, 第六条); a prerequisite
     * branch (前置审批) must answer before the others open, and answering late is a violation (第二十七条(四)).
     */
    public record Branch(String department, String name, int days, boolean prerequisite) implements Serializable {
        public Branch {
            Objects.requireNonNull(department);
            Objects.requireNonNull(name);
        }
    }

    public record Process(ProcessType type, List<Stage> stages, List<Branch> parallelBranches) implements Serializable {
        public Process {
            Objects.requireNonNull(type);
            stages = List.copyOf(stages);
            parallelBranches = List.copyOf(parallelBranches);
            if (type == ProcessType.PARALLEL && parallelBranches.isEmpty()) {
                throw new IllegalArgumentException("a parallel process has branches");
            }
            if (type == ProcessType.SERIAL && !parallelBranches.isEmpty()) {
                throw new IllegalArgumentException("a serial process has no parallel branches");
            }
        }
    }

    /** Where to ask and, for offline-only matters (第十一条), where to apply. */
    public record Contacts(String phone, String address) implements Serializable {
    }

    public MatterContent {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(process);
        Objects.requireNonNull(onlineLevel);
        legalBasis = List.copyOf(legalBasis);
        conditions = List.copyOf(conditions);
        materials = List.copyOf(materials);
        form = form == null ? new FormDefinition(List.of()) : form;
        contacts = contacts == null ? new Contacts(null, null) : contacts;
        if (statutoryDays < 1 || promisedDays < 1 || promisedDays > statutoryDays) {
            throw new IllegalArgumentException("the promised time limit (" + promisedDays
                    + ") must lie within the statutory one (" + statutoryDays + ")");
        }
    }

    public MatterContent withTimeLimits(int statutory, int promised) {
        return new MatterContent(name, nameEn, kind, legalBasis, conditions, materials, fee, statutory, promised,
                process, form, onlineLevel, contacts, servicePromise, specialProceduresCounted);
    }

    public MatterContent withTexts(String newName, String newNameEn, String newFee, String newServicePromise,
                                   List<String> newLegalBasis, List<String> newConditions, OnlineLevel newOnlineLevel,
                                   Contacts newContacts) {
        return new MatterContent(newName, newNameEn, kind, newLegalBasis, newConditions, materials, newFee, statutoryDays,
                promisedDays, process, form, newOnlineLevel, newContacts, newServicePromise, specialProceduresCounted);
    }

    /**
     * Reads a matter object of the catalogue file. A missing or invalid field is refused with a message naming
     * the matter (by {@code code}) and the field, e.g. {@code materials[2].copies}.
     */
    public static MatterContent fromJson(String code, JsonObject m) {
        var read = new Reader(code);
        List<Material> materials = new ArrayList<>();
        List<JsonValue> materialValues = read.array(m, "materials");
        for (int i = 0; i < materialValues.size(); i++) {
            String at = "materials[" + i + "]";
            JsonObject o = read.object(materialValues.get(i), at);
            materials.add(new Material(read.text(o, "name", at + ".name"),
                    read.constant(MaterialForm.class, o, "form", at + ".form"),
                    read.positive(o, "copies", at + ".copies"), read.optionalText(o, "blankForm"),
                    read.bool(o, "required", at + ".required")));
        }
        JsonObject processObject = read.object(m.get("process"), "process");
        List<Stage> stages = new ArrayList<>();
        List<JsonValue> stageValues = read.array(processObject, "stages");
        for (int i = 0; i < stageValues.size(); i++) {
            String at = "process.stages[" + i + "]";
            JsonObject o = read.object(stageValues.get(i), at);
            stages.add(new Stage(read.text(o, "name", at + ".name"), read.text(o, "role", at + ".role"),
                    read.text(o, "department", at + ".department"), read.positive(o, "days", at + ".days")));
        }
        List<Branch> branches = new ArrayList<>();
        List<JsonValue> branchValues = processObject.containsKey("parallelBranches")
                ? read.array(processObject, "parallelBranches") : List.of();
        for (int i = 0; i < branchValues.size(); i++) {
            String at = "process.parallelBranches[" + i + "]";
            JsonObject o = read.object(branchValues.get(i), at);
            branches.add(new Branch(read.text(o, "department", at + ".department"), read.text(o, "name", at + ".name"),
                    read.positive(o, "days", at + ".days"), read.bool(o, "prerequisite", at + ".prerequisite")));
        }
        ProcessType type = read.constant(ProcessType.class, processObject, "type", "process.type");
        Process process = read.guard("process", () -> new Process(type, stages, branches));
        FormDefinition form = m.get("form") instanceof JsonObject f
                ? read.guard("form", () -> FormDefinition.fromJson(f)) : new FormDefinition(List.of());
        Contacts contacts = m.get("contacts") instanceof JsonObject c
                ? new Contacts(read.optionalText(c, "phone"), read.optionalText(c, "address")) : new Contacts(null, null);
        int statutory = read.positive(m, "statutoryDays", "statutoryDays");
        int promised = read.positive(m, "promisedDays", "promisedDays");
        if (promised > statutory) {
            throw read.invalid("promisedDays");
        }
        // 行政许可法 第四十五条: special procedures are not counted unless the matter says so; absent means not counted
        JsonValue counted = m.get("specialProceduresCounted");
        if (counted != null && counted != JsonValue.TRUE && counted != JsonValue.FALSE && counted != JsonValue.NULL) {
            throw read.invalid("specialProceduresCounted");
        }
        return new MatterContent(read.text(m, "name", "name"), read.optionalText(m, "nameEn"),
                read.constant(MatterKind.class, m, "kind", "kind"), read.texts(m, "legalBasis"),
                read.texts(m, "conditions"), materials, read.optionalText(m, "fee"), statutory, promised, process, form,
                read.constant(OnlineLevel.class, m, "onlineLevel", "onlineLevel"), contacts,
                read.optionalText(m, "servicePromise"), counted == JsonValue.TRUE);
    }

    /** Reads fields strictly and names the field of the first error. */
    private record Reader(String code) {

        BusinessException invalid(String field) {
            return BusinessException.invalid("catalogue.invalidField", "matter", code, field);
        }

        <T> T guard(String field, java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw invalid(field);
            }
        }

        JsonObject object(JsonValue value, String field) {
            if (value instanceof JsonObject o) {
                return o;
            }
            throw invalid(field);
        }

        List<JsonValue> array(JsonObject o, String field) {
            if (o.get(field) instanceof JsonArray a) {
                return a;
            }
            throw invalid(field);
        }

        String text(JsonObject o, String field, String path) {
            if (o.get(field) instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString().strip();
            }
            throw invalid(path);
        }

        String optionalText(JsonObject o, String field) {
            return o.get(field) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
        }

        List<String> texts(JsonObject o, String field) {
            List<String> texts = new ArrayList<>();
            List<JsonValue> values = array(o, field);
            for (int i = 0; i < values.size(); i++) {
                if (!(values.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                    throw invalid(field + "[" + i + "]");
                }
                texts.add(s.getString().strip());
            }
            return texts;
        }

        int positive(JsonObject o, String field, String path) {
            if (o.get(field) instanceof JsonNumber n && n.isIntegral() && n.intValue() > 0 && n.intValue() <= 3650) {
                return n.intValue();
            }
            throw invalid(path);
        }

        boolean bool(JsonObject o, String field, String path) {
            JsonValue value = o.get(field);
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw invalid(path);
        }

        <E extends Enum<E>> E constant(Class<E> type, JsonObject o, String field, String path) {
            String value = text(o, field, path);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw invalid(path);
            }
        }
    }

    /** The same field names and shapes as a matter of the catalogue file (seed/catalogue.json). */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", name)
                .add("kind", kind.name())
                .add("legalBasis", strings(legalBasis))
                .add("conditions", strings(conditions))
                .add("statutoryDays", statutoryDays)
                .add("promisedDays", promisedDays)
                .add("onlineLevel", onlineLevel.name())
                .add("form", form.toJson());
        optional(json, "nameEn", nameEn);
        optional(json, "fee", fee);
        optional(json, "servicePromise", servicePromise);
        if (specialProceduresCounted) {
            json.add("specialProceduresCounted", true);
        }
        JsonArrayBuilder materialArray = Json.createArrayBuilder();
        for (Material m : materials) {
            JsonObjectBuilder material = Json.createObjectBuilder().add("name", m.name()).add("form", m.form().name())
                    .add("copies", m.copies()).add("required", m.required());
            if (m.blankForm() == null) {
                material.addNull("blankForm");
            } else {
                material.add("blankForm", m.blankForm());
            }
            materialArray.add(material);
        }
        json.add("materials", materialArray);
        JsonArrayBuilder stages = Json.createArrayBuilder();
        process.stages().forEach(s -> stages.add(Json.createObjectBuilder().add("name", s.name()).add("role", s.role())
                .add("department", s.department()).add("days", s.days())));
        JsonArrayBuilder branches = Json.createArrayBuilder();
        process.parallelBranches().forEach(b -> branches.add(Json.createObjectBuilder().add("department", b.department())
                .add("name", b.name()).add("days", b.days()).add("prerequisite", b.prerequisite())));
        json.add("process", Json.createObjectBuilder().add("type", process.type().name()).add("stages", stages)
                .add("parallelBranches", branches));
        JsonObjectBuilder contact = Json.createObjectBuilder();
        optional(contact, "phone", contacts.phone());
        optional(contact, "address", contacts.address());
        json.add("contacts", contact);
        return json.build();
    }

    /**
     * What differs between this content and an older one, field by field in guide order, each side as the
     * text a reader compares (lists one item per line).
     */
    public List<Difference> differencesFrom(MatterContent older) {
        Map<String, String[]> sides = new LinkedHashMap<>();
        sides.put("name", new String[]{older.name, name});
        sides.put("nameEn", new String[]{older.nameEn, nameEn});
        sides.put("kind", new String[]{older.kind.name(), kind.name()});
        sides.put("legalBasis", new String[]{lines(older.legalBasis), lines(legalBasis)});
        sides.put("conditions", new String[]{lines(older.conditions), lines(conditions)});
        sides.put("materials", new String[]{materialLines(older.materials), materialLines(materials)});
        sides.put("fee", new String[]{older.fee, fee});
        sides.put("statutoryDays", new String[]{String.valueOf(older.statutoryDays), String.valueOf(statutoryDays)});
        sides.put("promisedDays", new String[]{String.valueOf(older.promisedDays), String.valueOf(promisedDays)});
        sides.put("process", new String[]{older.process.toString(), process.toString()});
        sides.put("form", new String[]{older.form.toJson().toString(), form.toJson().toString()});
        sides.put("onlineLevel", new String[]{older.onlineLevel.name(), onlineLevel.name()});
        sides.put("contacts", new String[]{older.contacts.toString(), contacts.toString()});
        sides.put("servicePromise", new String[]{older.servicePromise, servicePromise});
        sides.put("specialProceduresCounted", new String[]{String.valueOf(older.specialProceduresCounted),
                String.valueOf(specialProceduresCounted)});
        List<Difference> differences = new ArrayList<>();
        sides.forEach((field, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                differences.add(new Difference(field, pair[0], pair[1]));
            }
        });
        return differences;
    }

    /** One field that two versions hold differently. */
    public record Difference(String field, String before, String after) implements Serializable {
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String materialLines(List<Material> items) {
        List<String> lines = new ArrayList<>();
        for (Material m : items) {
            lines.add(m.name() + " · " + m.form() + " × " + m.copies() + (m.required() ? "" : " (optional)")
                    + (m.blankForm() == null ? "" : " · " + m.blankForm()));
        }
        return String.join("\n", lines);
    }

    private static JsonArray strings(List<String> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        return array.build();
    }

    private static void optional(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }
}
