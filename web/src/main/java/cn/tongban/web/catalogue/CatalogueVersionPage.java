package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.boundary.MatterVersions;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.catalogue.entity.VersionStatus;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code staff/catalogue-version.xhtml?id=&compare=}: one version of a matter, what it changes against another
 * version of the same matter (the one in force unless {@code compare} names another), and the step that waits
 * for the caller: the leader confirms (第十四条), the service office files and publishes, either may return it
 * with a comment. Each step ends in a redirect to the version's own address. The versions are loaded by the view
 * action and are transient: reloaded if the session moved to another node. The comment and the effective date are
 * the view's state.
 */
@Named
@ViewScoped
public class CatalogueVersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatterVersions matterVersions;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    private Long id;
    private Long compare;
    private String comment;
    private LocalDate effectiveFrom;

    private transient MatterVersion version;
    private transient List<MatterVersion> versions;
    private transient MatterVersion compared;
    private transient List<VersionComparison.Row> differences;
    private transient Map<String, Department> departments;
    private boolean loaded;

    /** The view action. */
    public void load() {
        loaded = false;
        version = null;
        differences = null;
        if (id == null) {
            return;
        }
        version = matterVersions.find(id);
        versions = matterVersions.versions(version.getMatter().getCode());
        departments = catalogue.departments().stream().collect(Collectors.toMap(Department::getCode, Function.identity()));
        if (effectiveFrom == null) {
            effectiveFrom = LocalDate.now(clock);
        }
        compared = compare == null ? defaultComparison() : matterVersions.find(compare);
        if (compared != null && !compared.getId().equals(id)) {
            differences = VersionComparison.rows(matterVersions.differences(compared.getId(), id), compared.getContent(),
                    version.getContent(), labels());
        }
        loaded = true;
    }

    public String confirm() {
        return done(matterVersions.confirm(id, comment), "catalogueVersion.confirmed");
    }

    public String file() {
        return done(matterVersions.file(id, comment), "catalogueVersion.filed");
    }

    public String publish() {
        MatterVersion published = matterVersions.publish(id, effectiveFrom);
        Messages.info("catalogueVersion.published", published.getMatter().getCode(), published.getNumber(),
                published.getEffectiveFrom().toString());
        return shownAfresh();
    }

    public String returnToDraft() {
        return done(matterVersions.returnToDraft(id, comment), "catalogueVersion.returned");
    }

    /** Another version to compare with: the address says which, so that a comparison can be sent to a colleague. */
    public String showComparison() {
        return "/staff/catalogue-version?faces-redirect=true&includeViewParams=true";
    }

    private String done(MatterVersion changed, String message) {
        Messages.info(message, changed.getMatter().getCode(), changed.getNumber());
        return shownAfresh();
    }

    /** The version at its own address after a step, with the step's message, so that a reload repeats nothing. */
    private String shownAfresh() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return showComparison();
    }

    /**
     * The version in force, unless this is it; then the one before it. A matter's first version has none.
     */
    private MatterVersion defaultComparison() {
        return versions.stream()
                .filter(v -> v.getStatus() == VersionStatus.IN_FORCE && !v.getId().equals(id))
                .findFirst()
                .orElseGet(() -> versions.stream()
                        .filter(v -> v.getNumber() < version.getNumber())
                        .max(Comparator.comparingInt(MatterVersion::getNumber))
                        .orElse(null));
    }

    private VersionComparison.Labels labels() {
        return new VersionComparison.Labels() {
            @Override
            public String text(String key, Object... arguments) {
                return Messages.text(key, arguments);
            }

            @Override
            public String department(String code) {
                return departmentName(code);
            }
        };
    }

    /** A department the process names, in the reader's language; its code if the catalogue does not know it. */
    public String departmentName(String departmentCode) {
        Department department = departments == null ? null : departments.get(departmentCode);
        return department == null ? departmentCode
                : department.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The leader confirms a draft. */
    public boolean isConfirmable() {
        return StaffRoles.approver() && mayMoveTo(VersionStatus.CONFIRMED);
    }

    /** The service office files a confirmed version. */
    public boolean isFileable() {
        return StaffRoles.serviceOffice() && mayMoveTo(VersionStatus.FILED);
    }

    /** The service office publishes a filed version. */
    public boolean isPublishable() {
        return StaffRoles.serviceOffice() && mayMoveTo(VersionStatus.PUBLISHED);
    }

    /** The leader or the service office sends a confirmed or filed version back to the department. */
    public boolean isReturnable() {
        return (StaffRoles.approver() || StaffRoles.serviceOffice()) && mayMoveTo(VersionStatus.DRAFT);
    }

    public boolean isEditable() {
        return StaffRoles.deptAdmin() && version() != null && version().getStatus() == VersionStatus.DRAFT;
    }

    private boolean mayMoveTo(VersionStatus next) {
        return version() != null && version().getStatus().mayMoveTo(next);
    }

    public boolean isStepForMe() {
        return isConfirmable() || isFileable() || isPublishable() || isReturnable();
    }

    /** The other versions of the matter, to compare with. */
    public List<MatterVersion> getOtherVersions() {
        return version() == null ? List.of() : versions.stream().filter(v -> !v.getId().equals(id)).toList();
    }

    /** How a version is named in the list of versions to compare with. */
    public String versionLabel(MatterVersion other) {
        return Messages.text("catalogue.versionNumber", other.getNumber()) + " · "
                + Messages.text("versionStatus." + other.getStatus());
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public MatterVersion getVersion() {
        return version();
    }

    public MatterVersion getCompared() {
        version();
        return compared;
    }

    public List<VersionComparison.Row> getDifferences() {
        version();
        return differences;
    }

    /** The version shown; loaded again if the session came from another node without it. */
    private MatterVersion version() {
        if (version == null && loaded) {
            load();
        }
        return version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCompare() {
        return compare;
    }

    public void setCompare(Long compare) {
        this.compare = compare;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
