package cn.tongban.web.applications;

import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.Task;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code staff/worklist.xhtml} (工作台): the department's applications waiting for acceptance, each accepted
 * with an optional opinion; the department's open and claimed tasks (部门待办) and the caller's own (我的待办),
 * claimed, released or handed over to a colleague here and handled on {@code staff/task.xhtml}.
 * The lists are loaded by the view action, so that a refusal (a role without a work list, untrained staff)
 * becomes a message instead of an error page; they stay for the life of the view so that the rows stay put,
 * and are transient, reloaded if the session moved to another node.
 */
@Named
@ViewScoped
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalWorkflow approvalWorkflow;

    private transient List<Application> waiting;
    private transient List<Task> departmentTasks;
    private transient List<Task> myTasks;
    private boolean loaded;
    private final Map<String, String> opinions = new HashMap<>();
    private final Map<Long, String> colleagues = new HashMap<>();

    public void load() {
        loaded = true;
        waiting = approvalWorkflow.waitingForAcceptance();
        // Tasks are for the staff who handle applications; a business owner (DEPT_ADMIN) only sees the intake.
        if (handlesTasks()) {
            departmentTasks = approvalWorkflow.departmentTasks();
            myTasks = approvalWorkflow.myTasks();
        } else {
            departmentTasks = List.of();
            myTasks = List.of();
        }
    }

    public void accept(String receiptNumber) {
        approvalWorkflow.accept(receiptNumber, opinions.get(receiptNumber));
        opinions.remove(receiptNumber);
        Messages.info("worklist.accepted", receiptNumber);
        load();
    }

    public void claim(long taskId) {
        Task task = approvalWorkflow.claim(taskId);
        Messages.info("worklist.claimed", task.getName(), receiptOf(taskId));
        load();
    }

    public void release(long taskId) {
        String receipt = receiptOf(taskId);
        Task task = approvalWorkflow.release(taskId);
        Messages.info("worklist.released", task.getName(), receipt);
        load();
    }

    public void handOver(long taskId) {
        String colleague = colleagues.get(taskId);
        String receipt = receiptOf(taskId);
        Task task = approvalWorkflow.handOver(taskId, colleague);
        colleagues.remove(taskId);
        Messages.info("worklist.handedOver", task.getName(), receipt, task.getAssignee().getDisplayName());
        load();
    }

    public List<Application> getWaiting() {
        ensureLoaded();
        return waiting == null ? List.of() : waiting;
    }

    public List<Task> getDepartmentTasks() {
        ensureLoaded();
        return departmentTasks == null ? List.of() : departmentTasks;
    }

    public List<Task> getMyTasks() {
        ensureLoaded();
        return myTasks == null ? List.of() : myTasks;
    }

    /** The opinion typed into each row, by receipt number. */
    public Map<String, String> getOpinions() {
        return opinions;
    }

    /** The colleague's username typed into each of my tasks' rows, by task id. */
    public Map<Long, String> getColleagues() {
        return colleagues;
    }

    private void ensureLoaded() {
        if (loaded && (waiting == null || departmentTasks == null || myTasks == null)) {
            load();
        }
    }

    /** The receipt number of a task in the lists on the page (the message names it). */
    private String receiptOf(long taskId) {
        return Stream.concat(getDepartmentTasks().stream(), getMyTasks().stream())
                .filter(t -> t.getId() == taskId)
                .map(t -> t.getApplication().getReceiptNumber().value())
                .findFirst().orElse("");
    }

    private static boolean handlesTasks() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return Stream.of(Role.CLERK, Role.REVIEWER, Role.APPROVER).map(Role::name).anyMatch(external::isUserInRole);
    }
}
