package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code matter.xhtml?code=}: one matter's guide (办事指南), everything an applicant needs before applying. The
 * matter (loaded once, with its version in force) and the departments that the process names (one list) are
 * reloaded on every request ({@code load} is the view action, also on postback) and are transient, because
 * entities do not travel with the session. An unknown code is refused by the catalogue; the exception handler
 * shows why.
 */
@Named
@ViewScoped
public class MatterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private String code;
    private transient Matter matter;
    private transient Map<String, Department> departments;

    public void load() {
        matter = code == null ? null : catalogue.matter(code);
        departments = matter == null ? Map.of() : catalogue.departments().stream()
                .collect(Collectors.toMap(Department::getCode, Function.identity()));
    }

    /** The guide of the version in force. */
    public MatterContent getGuide() {
        return matter == null ? null : matter.getCurrentVersion().getContent();
    }

    /** A department the process names, in the reader's language; its code if the catalogue does not know it. */
    public String departmentName(String departmentCode) {
        Department department = departments == null ? null : departments.get(departmentCode);
        return department == null ? departmentCode
                : department.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Matter getMatter() {
        return matter;
    }
}
