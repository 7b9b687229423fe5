package cn.tongban.statistics.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What a caller may narrow the statistics to: the departments they may see (all of them for the city offices, their
 * own for a department's staff) and those departments' matters, each with its department's code.
 */
public record Choices(boolean allDepartments, List<Label> departments, List<MatterChoice> matters) implements Serializable {

    public Choices {
        departments = List.copyOf(departments);
        matters = List.copyOf(matters);
    }

    /** A matter to choose, and the code of the department that owns it. */
    public record MatterChoice(String departmentCode, Label matter) implements Serializable {
    }

    /** The matters of one department, or all of them when {@code departmentCode} is null. */
    public List<MatterChoice> mattersOf(String departmentCode) {
        return departmentCode == null ? matters
                : matters.stream().filter(m -> m.departmentCode().equals(departmentCode)).toList();
    }
}
