package cn.tongban.complaints.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The path of a complaint (第十二条: 受理、查处):
 * <pre>
 * FILED ──► REGISTERED ──► ANSWERED
 *    └────► NOT_REGISTERED (不予受理, with the reason as the answer)
 * </pre>
 */
public enum ComplaintStatus {
    /** 已提交: waiting for the supervision department to register it. */
    FILED,
    /** 已受理: registered, under investigation. */
    REGISTERED,
    /** 不予受理: outside the supervision department's remit; the answer says why. Final. */
    NOT_REGISTERED,
    /** 已答复. Final. */
    ANSWERED;

    public Set<ComplaintStatus> next() {
        return switch (this) {
            case FILED -> EnumSet.of(REGISTERED, NOT_REGISTERED);
            case REGISTERED -> EnumSet.of(ANSWERED);
            case NOT_REGISTERED, ANSWERED -> EnumSet.noneOf(ComplaintStatus.class);
        };
    }

    public boolean mayMoveTo(ComplaintStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
