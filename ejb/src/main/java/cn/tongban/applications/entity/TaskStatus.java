package cn.tongban.applications.entity;

/** Where a task stands. */
public enum TaskStatus {
    /** Created, but waiting for earlier steps (a later review stage, a branch after a 前置 branch, the decision). */
    WAITING,
    /** In the department's work list, not yet claimed. */
    OPEN,
    /** Claimed by one member of the department's staff. */
    CLAIMED,
    /** Stopped while the applicant corrects the application (补正); resumes as it was. */
    SUSPENDED,
    DONE,
    /** The application ended another way (withdrawn, not accepted). */
    CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == CLAIMED;
    }

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
