package cn.tongban.supervision.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The path of a supervision case, and the one place that says which status may follow which:
 * <pre>
 * OPEN ──► NOTICE_DRAFTED ──► NOTICE_ISSUED ──► REPLIED ──► CLOSED
 *  │  ▲          │ (returned)                      │
 *  │  └──────────┘              (a further notice) └──► NOTICE_DRAFTED
 *  └──► CLOSED (no notice needed, with the reason)
 * </pre>
 */
public enum CaseStatus {
    /** Recorded, waiting for the offices. */
    OPEN,
    /** A notice drafted by one office, waiting for the other's co-signature (会同). */
    NOTICE_DRAFTED,
    /** The notice issued; the department must reply with its rectification. */
    NOTICE_ISSUED,
    /** The department replied; the offices close the case or issue a further notice. */
    REPLIED,
    /** Closed with a conclusion. Final. */
    CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(NOTICE_DRAFTED, CLOSED);
            case NOTICE_DRAFTED -> EnumSet.of(NOTICE_ISSUED, OPEN, REPLIED);
            case NOTICE_ISSUED -> EnumSet.of(REPLIED);
            case REPLIED -> EnumSet.of(NOTICE_DRAFTED, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean mayMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Whether the department has something to do: reply to the notice issued. */
    public boolean awaitsReply() {
        return this == NOTICE_ISSUED;
    }
}
