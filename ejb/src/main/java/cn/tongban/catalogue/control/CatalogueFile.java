package cn.tongban.catalogue.control;

import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.platform.entity.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
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
 * stored: a malformed file is refused with a message naming the matter and the field, and nothing of it is
 * imported.
 */
public final class CatalogueFile {

    public record DepartmentEntry(String code, String name, String nameEn, DepartmentLevel level, String parent) {
    }

    public record MatterEntry(String code, String department, MatterContent content) {
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

    /**
     * Reads and checks a file. {@code knownDepartments} are the codes already in the catalogue, which the
     * file's matters may name besides its own departments.
     */
    public static CatalogueFile read(InputStream in, Set<String> knownDepartments) {
        JsonObject root;
        try (var reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw BusinessException.invalid("catalogue.notJson");
        }
        List<DepartmentEntry> departments = new ArrayList<>();
        Set<String> departmentCodes = new HashSet<>(knownDepartments);
        for (JsonValue value : array(root, "departments")) {
            JsonObject d = object(value, "departments");
            String code = text(d, "code", "department", "?");
            DepartmentLevel level;
            try {
                level = DepartmentLevel.valueOf(text(d, "level", "department", code));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("catalogue.invalidField", "department", code, "level");
            }
            departments.add(new DepartmentEntry(code, text(d, "name", "department", code), optionalText(d, "nameEn"),
                    level, optionalText(d, "parent")));
            if (!departmentCodes.add(code) && !knownDepartments.contains(code)) {
                throw BusinessException.invalid("catalogue.duplicate", "department", code);
            }
        }
        List<MatterEntry> matters = new ArrayList<>();
        Set<String> matterCodes = new HashSet<>();
        for (JsonValue value : array(root, "matters")) {
            JsonObject m = object(value, "matters");
            String code = text(m, "code", "matter", "?");
            if (!code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
                throw BusinessException.invalid("catalogue.invalidField", "matter", code, "code");
            }
            String department = text(m, "department", "matter", code);
            if (!departmentCodes.contains(department)) {
                throw BusinessException.invalid("catalogue.invalidField", "matter", code, "department");
            }
            MatterContent content = MatterContent.fromJson(code, m);
            for (int i = 0; i < content.process().stages().size(); i++) {
                if (!departmentCodes.contains(content.process().stages().get(i).department())) {
                    throw BusinessException.invalid("catalogue.invalidField", "matter", code,
                            "process.stages[" + i + "].department");
                }
            }
            for (int i = 0; i < content.process().parallelBranches().size(); i++) {
                if (!departmentCodes.contains(content.process().parallelBranches().get(i).department())) {
                    throw BusinessException.invalid("catalogue.invalidField", "matter", code,
                            "process.parallelBranches[" + i + "].department");
                }
            }
            if (!matterCodes.add(code)) {
                throw BusinessException.invalid("catalogue.duplicate", "matter", code);
            }
            matters.add(new MatterEntry(code, department, content));
        }
        return new CatalogueFile(departments, matters);
    }

    private static List<JsonValue> array(JsonObject o, String field) {
        if (!(o.get(field) instanceof JsonArray a)) {
            throw BusinessException.invalid("catalogue.invalidField", "catalogue", "-", field);
        }
        return a;
    }

    private static JsonObject object(JsonValue value, String field) {
        if (!(value instanceof JsonObject o)) {
            throw BusinessException.invalid("catalogue.invalidField", "catalogue", "-", field);
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
}
