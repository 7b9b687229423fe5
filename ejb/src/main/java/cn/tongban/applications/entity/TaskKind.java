package cn.tongban.applications.entity;

/** What a task asks of the department that holds it. */
public enum TaskKind {
    /** 受理: the owning department's clerk accepts, refuses or asks for corrections. */
    ACCEPTANCE,
    /** 审查: a review stage of the owning department's process. */
    REVIEW,
    /** 并联审批: a branch department examines the application at the same time as the others (第六条). */
    BRANCH,
    /** 决定: the owning department's leader decides, after every review and branch is in. */
    DECISION
}
