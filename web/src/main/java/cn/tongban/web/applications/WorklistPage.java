package cn.tongban.web.applications;

import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Application;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff/worklist.xhtml} (工作台): the department's applications waiting for acceptance, each accepted
 * with an optional opinion. The list is loaded by the view action, so that a refusal (a role without a work
 * list, untrained staff) becomes a message instead of an error page; it stays for the life of the view so
 * that the rows stay put, and is transient, reloaded if the session moved to another node.
 */
@Named
@ViewScoped
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalWorkflow approvalWorkflow;

    private transient List<Application> waiting;
    private boolean loaded;
    private final Map<String, String> opinions = new HashMap<>();

    public void load() {
        waiting = approvalWorkflow.waitingForAcceptance();
        loaded = true;
    }

    public void accept(String receiptNumber) {
        approvalWorkflow.accept(receiptNumber, opinions.get(receiptNumber));
        opinions.remove(receiptNumber);
        Messages.info("worklist.accepted", receiptNumber);
        load();
    }

    public List<Application> getWaiting() {
        if (waiting == null && loaded) {
            load();
        }
        return waiting == null ? List.of() : waiting;
    }

    /** The opinion typed into each row, by receipt number. */
    public Map<String, String> getOpinions() {
        return opinions;
    }
}
