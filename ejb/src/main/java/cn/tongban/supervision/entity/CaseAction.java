package cn.tongban.supervision.entity;

/** What a line of a case's history records. */
public enum CaseAction {
    DETECTED, OPENED, NOTICE_DRAFTED, NOTICE_RETURNED, NOTICE_ISSUED, REPLIED, CLOSED
}
