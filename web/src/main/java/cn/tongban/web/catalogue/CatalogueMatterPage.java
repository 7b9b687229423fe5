package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.MatterVersions;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.catalogue.entity.VersionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code staff/catalogue-matter.xhtml?code=}: every version of one matter, newest first, and for its department's
 * business owner the way to a new version or to the draft under way. One call loads them all.
 */
@Named
@RequestScoped
public class CatalogueMatterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatterVersions matterVersions;

    private String code;
    private transient List<MatterVersion> versions = List.of();

    public void load() {
        versions = code == null ? List.of() : matterVersions.versions(code);
    }

    public Matter getMatter() {
        return versions.isEmpty() ? null : versions.get(0).getMatter();
    }

    public List<MatterVersion> getVersions() {
        return versions;
    }

    /** The version on its way to the public: there is at most one. */
    public MatterVersion getUnderWay() {
        return versions.stream().filter(v -> v.getStatus().isOpen()).findFirst().orElse(null);
    }

    /** A new version starts from the one in force, once nothing else is under way. */
    public boolean isNewVersionPossible() {
        return StaffRoles.deptAdmin() && getUnderWay() == null
                && versions.stream().anyMatch(v -> v.getStatus() == VersionStatus.IN_FORCE);
    }

    public boolean isDraftEditable() {
        MatterVersion open = getUnderWay();
        return StaffRoles.deptAdmin() && open != null && open.getStatus() == VersionStatus.DRAFT;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
