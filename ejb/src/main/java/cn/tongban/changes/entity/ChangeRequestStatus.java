package cn.tongban.changes.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a configuration change request (第十六条), and the one place that says which status may
 * follow which:
 *
 * <pre>
 * PENDING ──► APPLIED    (the second of the two offices' approvals; the setting takes the value at once)
 *    ├──────► REJECTED   (by either office, with a reason)
 *    └──────► WITHDRAWN  (by the requester)
 * </pre>
 *
 * The two approvals themselves leave a request pending: nothing changes before both are in.
 */
public enum ChangeRequestStatus {
    /** 待审批: waiting for one or both approvals. */
    PENDING,
    /** 已生效: approved by both offices; the setting holds the proposed value. Final. */
    APPLIED,
    /** 已驳回 by one of the offices. Final. */
    REJECTED,
    /** 已撤回 by the requester. Final. */
    WITHDRAWN;

    public Set<ChangeRequestStatus> next() {
        return this == PENDING ? EnumSet.of(APPLIED, REJECTED, WITHDRAWN) : EnumSet.noneOf(ChangeRequestStatus.class);
    }

    public boolean mayMoveTo(ChangeRequestStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
