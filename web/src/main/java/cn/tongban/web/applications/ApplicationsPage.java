package cn.tongban.web.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.Drafts;
import cn.tongban.applications.entity.ApplicationDraft;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code applicant/applications.xhtml} (我的办件): the applicant's applications and, row by row on demand,
 * their timelines; the items of a 补正 with the way to the correction page, and withdrawal (撤回) with a reason
 * before the decision. Both lists are kept for the life of the view so that the table's rows stay put between
 * requests; they are transient and reloaded if the session moved to another node.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Drafts drafts;

    private transient List<Application> mine;
    private transient List<ApplicationDraft> myDrafts;
    private transient Map<String, List<StatusChange>> timelines;
    private final HashMap<String, String> reasons = new HashMap<>();

    public List<Application> getApplications() {
        if (mine == null) {
            mine = applications.mine();
        }
        return mine;
    }

    public List<StatusChange> timeline(String receiptNumber) {
        if (timelines == null) {
            timelines = new HashMap<>();
        }
        return timelines.computeIfAbsent(receiptNumber, applications::timeline);
    }

    /** 撤回: the service refuses it after the decision, and the reason is the applicant's own. */
    public void withdraw(String receiptNumber) {
        applications.withdraw(receiptNumber, reasons.get(receiptNumber));
        reasons.remove(receiptNumber);
        Messages.info("mine.withdrawn", receiptNumber);
        mine = null;
        timelines = null;
    }

    /** 我的草稿: the applicant's unsubmitted applications, the latest saved first. */
    public List<ApplicationDraft> getDrafts() {
        if (myDrafts == null) {
            myDrafts = drafts.mine();
        }
        return myDrafts;
    }

    public void deleteDraft(long draftId) {
        drafts.delete(draftId);
        Messages.info("mine.draftDeleted");
        myDrafts = null;
    }

    /** The withdrawal reason typed into each row, by receipt number. */
    public Map<String, String> getReasons() {
        return reasons;
    }
}
