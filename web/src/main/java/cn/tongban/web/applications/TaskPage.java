package cn.tongban.web.applications;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.SpecialProcedure;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.forms.entity.FieldDefinition;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.List;

/**
 * {@code staff/task.xhtml?receipt=&taskId=} (办理): an application as its departments see it (the facts, the
 * submitted form under its labels, the timeline with the internal opinions, every task with each branch's
 * opinion for the lead) and the form for the task at hand: the one named by {@code taskId}, or else the first
 * the caller may take. The application and its tasks are loaded once per request, from the tasks (each task
 * carries its application); they are transient and every action is one call into {@link ApprovalWorkflow},
 * whose refusals the exception handler shows.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalWorkflow workflow;

    @Inject
    Applications applications;

    @Inject
    Accounts accounts;

    @Inject
    Materials materials;

    private String receipt;
    private Long taskId;

    private transient Application application;
    private transient List<Task> tasks;
    private transient List<StatusChange> timeline;
    private transient Task task;
    private transient List<ApplicationMaterial> files;
    private boolean completable;

    private String opinion;
    private String reason;
    private String legalBasis;
    private String items;
    private String note;
    private SpecialProcedure procedure;

    /** The view action, on every request: the entities are transient. */
    public void load() {
        application = null;
        task = null;
        files = null;
        completable = false;
        tasks = workflow.tasks(receipt);
        // Every task holds the application, fetched with its matter, department and applicant.
        application = tasks.get(0).getApplication();
        timeline = applications.timeline(receipt);
        Account me = accounts.current();
        completable = application.getStatus().mayMoveTo(ApplicationStatus.COMPLETED)
                && me.hasRole(Role.CLERK) && me.belongsTo(application.getDepartment());
        task = tasks.stream()
                .filter(t -> taskId == null || t.getId().equals(taskId))
                .filter(t -> t.getStatus().isActive() && t.isFor(me))
                .findFirst().orElse(null);
    }

    public void accept() {
        workflow.accept(receipt, opinion);
        done("task.done.accepted");
    }

    public void refuse() {
        workflow.refuse(receipt, reason, legalBasis);
        done("task.done.refused");
    }

    public void requestCorrection() {
        workflow.requestCorrection(receipt, items);
        done("task.done.correctionRequested");
    }

    public void review() {
        workflow.review(currentTaskId(), opinion);
        done("task.done.reviewed");
    }

    /** 同意 or 不同意: the branch department's opinion. */
    public void examineBranch(boolean agree) {
        workflow.examineBranch(currentTaskId(), agree, opinion);
        done(agree ? "task.done.branchAgreed" : "task.done.branchDisagreed");
    }

    /** 准予 or 不予许可. */
    public void decide(boolean approve) {
        workflow.decide(receipt, approve, opinion, legalBasis);
        done(approve ? "task.done.approved" : "task.done.rejected");
    }

    public void complete() {
        workflow.complete(receipt, note);
        done("task.done.completed");
    }

    public void startSpecialProcedure() {
        workflow.startSpecialProcedure(receipt, procedure, note);
        done("task.done.specialProcedureStarted");
    }

    public void endSpecialProcedure() {
        workflow.endSpecialProcedure(receipt, note);
        done("task.done.specialProcedureEnded");
    }

    /** The submitted form's fields, as the version the application was made under defines them. */
    /** The materials handed in, with their SHA-256 so that a printed copy can be checked against them. */
    public List<ApplicationMaterial> getMaterials() {
        if (files == null) {
            files = materials.of(receipt);
        }
        return files;
    }

    public List<FieldDefinition> getFields() {
        return application == null ? List.of() : application.getMatterVersion().getContent().form().fields();
    }

    /** A submitted value as text; blank for a field left empty. */
    public String value(String field) {
        JsonValue value = application == null ? null : application.getForm().get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** Whether the application waits for its clerk's 办结, and the caller is one of its clerks. */
    public boolean isCompletable() {
        return application != null && completable;
    }

    /** Whether the caller may start or end a special procedure: owning department's review staff, during review. */
    public boolean isSpecialProcedureOpen() {
        return task != null && task.getKind() == TaskKind.REVIEW;
    }

    public SpecialProcedure[] getProcedures() {
        return SpecialProcedure.values();
    }

    private long currentTaskId() {
        return task == null ? (taskId == null ? -1 : taskId) : task.getId();
    }

    private void done(String key) {
        Messages.info(key, receipt);
        opinion = null;
        reason = null;
        legalBasis = null;
        items = null;
        note = null;
        procedure = null;
        taskId = null;
        load();
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public Application getApplication() {
        return application;
    }

    public List<Task> getTasks() {
        return tasks == null ? List.of() : tasks;
    }

    public List<StatusChange> getTimeline() {
        return timeline == null ? List.of() : timeline;
    }

    public Task getTask() {
        return task;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public SpecialProcedure getProcedure() {
        return procedure;
    }

    public void setProcedure(SpecialProcedure procedure) {
        this.procedure = procedure;
    }
}
