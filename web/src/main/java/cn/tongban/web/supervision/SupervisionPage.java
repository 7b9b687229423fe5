package cn.tongban.web.supervision;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.supervision.boundary.Supervision;
import cn.tongban.supervision.entity.CaseKind;
import cn.tongban.supervision.entity.CaseStatus;
import cn.tongban.supervision.entity.SupervisionCase;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code staff/supervision.xhtml} (效能监察): the offices' cases, filtered by status, kind and department, and the
 * form to record a case by hand. The list is transient, reloaded after a node change.
 */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervision supervision;

    @Inject
    Catalogue catalogue;

    private CaseStatus status;
    private CaseKind kind;
    private String department;

    private CaseKind newKind;
    private String newDepartment;
    private String newReceipt;
    private String newFacts;
    private String opened;

    private transient List<SupervisionCase> cases;
    private transient List<Department> departments;

    public void load() {
        cases = supervision.cases(status, kind, department);
    }

    public void open() {
        opened = supervision.open(newKind, newDepartment, newReceipt, newFacts).getNumber();
        newKind = null;
        newDepartment = newReceipt = newFacts = null;
        Messages.info("supervision.opened", opened);
        load();
    }

    public List<SupervisionCase> getCases() {
        if (cases == null) {
            load();
        }
        return cases;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = catalogue.departments();
        }
        return departments;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseKind[] getKinds() {
        return CaseKind.values();
    }

    public String getOpened() {
        return opened;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public CaseKind getNewKind() {
        return newKind;
    }

    public void setNewKind(CaseKind newKind) {
        this.newKind = newKind;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }

    public String getNewReceipt() {
        return newReceipt;
    }

    public void setNewReceipt(String newReceipt) {
        this.newReceipt = newReceipt;
    }

    public String getNewFacts() {
        return newFacts;
    }

    public void setNewFacts(String newFacts) {
        this.newFacts = newFacts;
    }
}
