package cn.tongban.web.changes;

import cn.tongban.accounts.entity.Role;
import cn.tongban.changes.boundary.ChangeRequests;
import cn.tongban.changes.boundary.UpgradeFilings;
import cn.tongban.changes.entity.ChangeEvent;
import cn.tongban.changes.entity.ChangeRequest;
import cn.tongban.changes.entity.ChangeRequestStatus;
import cn.tongban.changes.entity.Office;
import cn.tongban.changes.entity.Setting;
import cn.tongban.changes.entity.UpgradeFiling;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code staff/changes.xhtml} (变更管理): a department's business owner or an office asks for a configuration change
 * and follows it; the two offices approve or reject what awaits them; business owners file planned upgrades of their
 * systems, which the offices acknowledge. Which parts show depends on the caller's roles; the services decide what
 * is allowed. The lists are loaded by the view action and again after every action, kept for the life of the view so
 * that the rows stay put, and transient: entities stay out of the replicated session.
 */
@Named
@ViewScoped
public class ChangesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChangeRequests changeRequests;

    @Inject
    UpgradeFilings upgradeFilings;

    // the change request being written
    private String settingName;
    private String proposedValue;
    private String reason;
    /** The comment typed into each row of the approval list, by request number. */
    private final Map<Long, String> comments = new HashMap<>();

    // the upgrade filing being written
    private String summary;
    private LocalDateTime plannedStart;
    private LocalDateTime plannedEnd;
    private String impact;
    private String contact;

    private boolean loaded;
    private transient List<Setting> settings;
    private transient List<ChangeRequest> awaiting;
    private transient List<ChangeRequest> requests;
    private transient Set<Long> withdrawable;
    private transient List<UpgradeFiling> filings;
    private transient LocalDate earliestStart;
    private transient Map<Long, List<ChangeEvent>> histories;

    /** The view action, and the reload after each action: only what the caller's roles may see. */
    public void load() {
        loaded = true;
        histories = new HashMap<>();
        if (!isParticipant()) {
            return;
        }
        settings = changeRequests.requestableSettings();
        requests = changeRequests.visible();
        withdrawable = changeRequests.withdrawable();
        filings = upgradeFilings.visible();
        awaiting = isOffice() ? changeRequests.awaitingMyApproval() : List.of();
        earliestStart = isDepartmentAdmin() ? upgradeFilings.earliestStart() : null;
    }

    public void file() {
        ChangeRequest filed = changeRequests.file(settingName, proposedValue, reason);
        settingName = null;
        proposedValue = null;
        reason = null;
        Messages.info("changes.filed", filed.reference());
        load();
    }

    public void approve(long id) {
        ChangeRequest request = changeRequests.approve(id, comments.get(id));
        comments.remove(id);
        if (request.getStatus() == ChangeRequestStatus.APPLIED) {
            Messages.info("changes.applied", request.reference(), request.getSetting().getName());
        } else {
            Messages.info("changes.approved", request.reference());
        }
        load();
    }

    public void reject(long id) {
        changeRequests.reject(id, comments.get(id));
        comments.remove(id);
        Messages.info("changes.rejected", String.valueOf(id));
        load();
    }

    public void withdraw(long id) {
        changeRequests.withdraw(id, null);
        Messages.info("changes.withdrawn", String.valueOf(id));
        load();
    }

    public void fileUpgrade() {
        UpgradeFiling filed = upgradeFilings.file(summary, plannedStart, plannedEnd, impact, contact);
        summary = null;
        plannedStart = null;
        plannedEnd = null;
        impact = null;
        contact = null;
        Messages.info("upgrades.filed", filed.reference());
        load();
    }

    public void acknowledge(long id) {
        upgradeFilings.acknowledge(id, null);
        Messages.info("upgrades.acknowledged", String.valueOf(id));
        load();
    }

    /** The history of one request, read when its row is opened and kept for the view's life. */
    public List<ChangeEvent> history(long id) {
        if (histories == null) {
            histories = new HashMap<>();
        }
        return histories.computeIfAbsent(id, changeRequests::history);
    }

    public boolean mayWithdraw(long id) {
        ensureLoaded();
        return withdrawable != null && withdrawable.contains(id);
    }

    /** Whether the caller's office has still to acknowledge the filing; the service refuses a second time anyway. */
    public boolean mayAcknowledge(UpgradeFiling filing) {
        return (inRole(Role.Names.SERVICE_OFFICE) && filing.acknowledgement(Office.SERVICE_OFFICE) == null)
                || (inRole(Role.Names.IT_OFFICE) && filing.acknowledgement(Office.IT_OFFICE) == null);
    }

    /** The setting chosen in the request form, to show its current value and what it accepts. */
    public Setting getSelectedSetting() {
        return getSettings().stream().filter(s -> s.getName().equals(settingName)).findFirst().orElse(null);
    }

    public boolean isDepartmentAdmin() {
        return inRole(Role.Names.DEPT_ADMIN);
    }

    public boolean isOffice() {
        return inRole(Role.Names.SERVICE_OFFICE) || inRole(Role.Names.IT_OFFICE);
    }

    /** Whether the caller takes part in change management at all (第十五、十六、十七条). */
    public boolean isParticipant() {
        return isDepartmentAdmin() || isOffice();
    }

    private static boolean inRole(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(role);
    }

    private void ensureLoaded() {
        if (loaded && requests == null && isParticipant()) {
            load();
        }
    }

    public List<Setting> getSettings() {
        ensureLoaded();
        return settings == null ? List.of() : settings;
    }

    public List<ChangeRequest> getAwaiting() {
        ensureLoaded();
        return awaiting == null ? List.of() : awaiting;
    }

    public List<ChangeRequest> getRequests() {
        ensureLoaded();
        return requests == null ? List.of() : requests;
    }

    public List<UpgradeFiling> getFilings() {
        ensureLoaded();
        return filings == null ? List.of() : filings;
    }

    public LocalDate getEarliestStart() {
        ensureLoaded();
        return earliestStart;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getSettingName() {
        return settingName;
    }

    public void setSettingName(String settingName) {
        this.settingName = settingName;
    }

    public String getProposedValue() {
        return proposedValue;
    }

    public void setProposedValue(String proposedValue) {
        this.proposedValue = proposedValue;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDateTime getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDateTime plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDateTime getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDateTime plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
