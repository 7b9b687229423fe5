package cn.tongban.changes.entity;

/** What happened to a change request, as one line of its history. */
public enum ChangeAction {
    /** 提出申请 */
    FILED,
    /** 批准, by one of the two offices */
    APPROVED,
    /** 生效: the setting took the proposed value */
    APPLIED,
    /** 驳回 */
    REJECTED,
    /** 撤回 */
    WITHDRAWN
}
