package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.MatterVersions;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.catalogue.entity.VersionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff/catalogue.xhtml} (事项管理): what waits for the caller in the catalogue's versioning (第十四条).
 * A department's business owner sees its matters and the version under way of each; its leader the drafts to
 * confirm; the service office the versions to file and to publish. Loaded by the view action, so that a refusal
 * becomes a message; request scoped, so that the entities never reach the session.
 */
@Named
@RequestScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatterVersions matterVersions;

    private transient List<Matter> myMatters = List.of();
    private transient List<MatterVersion> awaiting = List.of();
    private transient Map<String, MatterVersion> underWay = Map.of();
    private String code;

    public void load() {
        if (isDeptAdmin() || isApprover()) {
            myMatters = matterVersions.myDepartmentMatters();
        }
        awaiting = matterVersions.awaitingMe();
        underWay = new HashMap<>();
        awaiting.forEach(v -> underWay.put(v.getMatter().getCode(), v));
    }

    /** The versions of a matter named by its code. */
    public String open() {
        return "/staff/catalogue-matter?faces-redirect=true&code=" + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8);
    }

    /** The version of a matter of the caller's department that is on its way to the public, if any. */
    public MatterVersion underWay(String matterCode) {
        return underWay.get(matterCode);
    }

    public List<MatterVersion> getToConfirm() {
        return isApprover() ? byStatus(VersionStatus.DRAFT) : List.of();
    }

    public List<MatterVersion> getToFile() {
        return isServiceOffice() ? byStatus(VersionStatus.CONFIRMED) : List.of();
    }

    public List<MatterVersion> getToPublish() {
        return isServiceOffice() ? byStatus(VersionStatus.FILED) : List.of();
    }

    private List<MatterVersion> byStatus(VersionStatus status) {
        return awaiting.stream().filter(v -> v.getStatus() == status).toList();
    }

    public List<Matter> getMyMatters() {
        return myMatters;
    }

    public boolean isDeptAdmin() {
        return StaffRoles.deptAdmin();
    }

    public boolean isApprover() {
        return StaffRoles.approver();
    }

    public boolean isServiceOffice() {
        return StaffRoles.serviceOffice();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
