package cn.tongban.web.complaints;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.complaints.boundary.Complaints;
import cn.tongban.complaints.boundary.FiledComplaint;
import cn.tongban.complaints.entity.Complaint;
import cn.tongban.complaints.entity.ComplaintKind;
import cn.tongban.platform.boundary.Clocks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code complaint.xhtml} (投诉、检举): anyone files a complaint or report and is shown its number and access code
 * once; with both, anyone follows it. The complaint found is transient, looked up again after a node change.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    Catalogue catalogue;

    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private String department;
    private String staffName;
    private String receiptNumber;
    private String content;
    private String name;
    private String contact;

    private String filedNumber;
    private String filedCode;

    private String number;
    private String accessCode;
    private transient Complaint found;
    private transient List<Department> departments;

    public void file() {
        FiledComplaint filed = complaints.file(kind, department, staffName, receiptNumber, content, name, contact);
        filedNumber = filed.complaint().getNumber();
        filedCode = filed.accessCode();
        staffName = receiptNumber = content = name = contact = null;
    }

    public void follow() {
        found = null; // a refused lookup shows no earlier result
        found = complaints.follow(number, accessCode);
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = catalogue.departments();
        }
        return departments;
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(Clocks.CHINA);
    }

    public Complaint getFound() {
        return found;
    }

    public String getFiledNumber() {
        return filedNumber;
    }

    public String getFiledCode() {
        return filedCode;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }
}
