package cn.tongban.catalogue.control;

import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.catalogue.entity.OnlineLevel;
import cn.tongban.catalogue.entity.ProcessType;
import cn.tongban.platform.entity.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a catalogue file (the format of {@code seed/catalogue.json}) and checks it whole before anything is
 * stored: a malformed file is refused with a message naming the matter and the field.
 */
public final class CatalogueFile {

    public record DepartmentEntry(String code, String name, String nameEn, DepartmentLevel level, String parent) {
    }

    public record MatterEntry(String code, String name, String nameEn, MatterKind kind, String department,
                              int statutoryDays, int promisedDays, ProcessType processType, OnlineLevel onlineLevel) {
    }

    private final List<DepartmentEntry> departments;
    private final List<MatterEntry> matters;

    private CatalogueFile(List<DepartmentEntry> departments, List<MatterEntry> matters) {
        this.departments = List.copyOf(departments);
        this.matters = List.copyOf(matters);
    }

    public List<DepartmentEntry> departments() {
        return departments;
    }

    public List<MatterEntry> matters() {
        return matters;
    }

    public static CatalogueFile read(InputStream in) {
        JsonObject root;
        try (var reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw BusinessException.invalid("catalogue.notJson");
        }
        List<DepartmentEntry> departments = new ArrayList<>();
        Set<String> departmentCodes = new HashSet<>();
        for (JsonValue value : array(root, "departments", "-")) {
            JsonObject d = object(value, "departments", "-");
            String code = text(d, "code", "department", "?");
            departments.add(new DepartmentEntry(code, text(d, "name", "department", code), optionalText(d, "nameEn"),
                    constant(DepartmentLevel.class, d, "level", "department", code), optionalText(d, "parent")));
            if (!departmentCodes.add(code)) {
                throw BusinessException.invalid("catalogue.duplicate", "department", code);
            }
        }
        List<MatterEntry> matters = new ArrayList<>();
        Set<String> matterCodes = new HashSet<>();
        for (JsonValue value : array(root, "matters", "-")) {
            JsonObject m = object(value, "matters", "-");
            String code = text(m, "code", "matter", "?");
            String department = text(m, "department", "matter", code);
            if (!departmentCodes.contains(department)) {
                throw BusinessException.invalid("catalogue.invalidField", "matter", code, "department");
            }
            int statutory = positive(m, "statutoryDays", code);
            int promised = positive(m, "promisedDays", code);
            if (promised > statutory) {
                throw BusinessException.invalid("catalogue.invalidField", "matter", code, "promisedDays");
            }
            JsonObject process = m.get("process") instanceof JsonObject p ? p : null;
            if (process == null) {
                throw BusinessException.invalid("catalogue.invalidField", "matter", code, "process");
            }
            matters.add(new MatterEntry(code, text(m, "name", "matter", code), optionalText(m, "nameEn"),
                    constant(MatterKind.class, m, "kind", "matter", code), department, statutory, promised,
                    constant(ProcessType.class, process, "type", "matter", code),
                    constant(OnlineLevel.class, m, "onlineLevel", "matter", code)));
            if (!matterCodes.add(code)) {
                throw BusinessException.invalid("catalogue.duplicate", "matter", code);
            }
        }
        return new CatalogueFile(departments, matters);
    }

    private static List<JsonValue> array(JsonObject o, String field, String owner) {
        if (!(o.get(field) instanceof jakarta.json.JsonArray a)) {
            throw BusinessException.invalid("catalogue.invalidField", "catalogue", owner, field);
        }
        return a;
    }

    private static JsonObject object(JsonValue value, String field, String owner) {
        if (!(value instanceof JsonObject o)) {
            throw BusinessException.invalid("catalogue.invalidField", "catalogue", owner, field);
        }
        return o;
    }

    private static String text(JsonObject o, String field, String what, String owner) {
        if (o.get(field) instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        throw BusinessException.invalid("catalogue.invalidField", what, owner, field);
    }

    private static String optionalText(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }

    private static int positive(JsonObject o, String field, String owner) {
        if (o.get(field) instanceof JsonNumber n && n.isIntegral() && n.intValue() > 0) {
            return n.intValue();
        }
        throw BusinessException.invalid("catalogue.invalidField", "matter", owner, field);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject o, String field, String what, String owner) {
        String value = text(o, field, what, owner);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("catalogue.invalidField", what, owner, field);
        }
    }
}
