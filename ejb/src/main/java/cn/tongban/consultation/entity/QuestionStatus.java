package cn.tongban.consultation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a question, and the one place that says which status may follow which:
 *
 * <pre>
 * OPEN ──► ANSWERED ──► PUBLISHED ◄──────────┐
 *              │  └───► HELD ──► PUBLISHED   │ (the service office approves)
 *              │         │  └──► REJECTED    │ (… or rejects, with a reason; final)
 *              │         └─────► WITHDRAWN ──┘ (published again, screened again)
 *              └─ PUBLISHED ───► WITHDRAWN
 * </pre>
 *
 * Publishing screens question and answer for prohibited terms (第二十三条(一)) and leads to PUBLISHED or to
 * HELD. Only PUBLISHED is public; every status from ANSWERED on means the asker can read the answer.
 */
public enum QuestionStatus {
    /** 待答复: waiting for the owning department. */
    OPEN,
    /** 已答复: answered, private to the asker and the department. */
    ANSWERED,
    /** 待审核: to be published, but held for the service office because it contains a prohibited term. */
    HELD,
    /** 已公开: in the matter's public FAQ. */
    PUBLISHED,
    /** 已撤回: taken out of the FAQ (or out of review) by the department. */
    WITHDRAWN,
    /** 未通过审核: the service office refused to publish it. Final. */
    REJECTED;

    public Set<QuestionStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ANSWERED);
            case ANSWERED, WITHDRAWN -> EnumSet.of(PUBLISHED, HELD);
            case HELD -> EnumSet.of(PUBLISHED, REJECTED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(WITHDRAWN);
            case REJECTED -> EnumSet.noneOf(QuestionStatus.class);
        };
    }

    public boolean mayMoveTo(QuestionStatus target) {
        return next().contains(target);
    }

    public boolean isAnswered() {
        return this != OPEN;
    }

    /** Whether the department may ask for it to be published. */
    public boolean isPublishable() {
        return mayMoveTo(PUBLISHED) && mayMoveTo(HELD);
    }
}
