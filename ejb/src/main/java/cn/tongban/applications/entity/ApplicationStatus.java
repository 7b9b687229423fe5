package cn.tongban.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an application (第四、六条; 行政许可法 第三十二、三十四、三十八条), and the one place
 * that says which status may follow which:
 *
 * <pre>
 * SUBMITTED ──► ACCEPTED ──► UNDER_REVIEW ──► APPROVED ──► COMPLETED
 *    │  ▲          │              │      └──► REJECTED ──► COMPLETED
 *    │  └─ CORRECTION_REQUESTED ◄─┘ (补正, resubmission returns to SUBMITTED or UNDER_REVIEW)
 *    ├──► NOT_ACCEPTED (不予受理)
 *    └──► WITHDRAWN (any time before the decision)
 * </pre>
 */
public enum ApplicationStatus {
    /** 已提交: waiting for the owning department to accept it. */
    SUBMITTED,
    /** 已受理 */
    ACCEPTED,
    /** 不予受理, with reason and legal basis. Final. */
    NOT_ACCEPTED,
    /** 补正: the applicant must supply missing materials or fields; the clock stops. */
    CORRECTION_REQUESTED,
    /** 审查中 */
    UNDER_REVIEW,
    /** 准予许可 */
    APPROVED,
    /** 不予许可 */
    REJECTED,
    /** 已办结. Final. */
    COMPLETED,
    /** 已撤回 by the applicant before the decision. Final. */
    WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED, WITHDRAWN);
            case CORRECTION_REQUESTED -> EnumSet.of(SUBMITTED, UNDER_REVIEW, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(UNDER_REVIEW, CORRECTION_REQUESTED, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, CORRECTION_REQUESTED, WITHDRAWN);
            case APPROVED, REJECTED -> EnumSet.of(COMPLETED);
            case NOT_ACCEPTED, COMPLETED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean mayMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether a decision (准予 or 不予) has been taken; withdrawal is no longer possible then. */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == COMPLETED;
    }
}
