package cn.tongban.events.entity;

import cn.tongban.applications.entity.Step;

import java.util.Locale;

/** What a feed event reports; {@link #wireName()} is its stable name in the interface, e.g. {@code task.opened}. */
public enum FeedEventType {
    APPLICATION_SUBMITTED, APPLICATION_ACCEPTED, APPLICATION_NOT_ACCEPTED, APPLICATION_CORRECTION_REQUESTED,
    APPLICATION_RESUBMITTED, APPLICATION_REVIEW_STARTED, APPLICATION_REVIEWED, APPLICATION_BRANCH_AGREED,
    APPLICATION_BRANCH_DISAGREED, APPLICATION_APPROVED, APPLICATION_REJECTED, APPLICATION_COMPLETED,
    APPLICATION_WITHDRAWN, APPLICATION_SPECIAL_PROCEDURE_STARTED, APPLICATION_SPECIAL_PROCEDURE_ENDED,
    /** A task entered its department's work list. */
    TASK_OPENED,
    /** A task's deadline is near (yellow, 第二十七条). */
    DEADLINE_WARNING_RAISED,
    /** A task is overdue (red, 第二十七条). */
    DEADLINE_ALARM_RAISED;

    /** The event reporting a step of an application's timeline. */
    public static FeedEventType of(Step step) {
        return valueOf("APPLICATION_" + step.name());
    }

    /** {@code application.branch-agreed}, {@code task.opened}, {@code deadline.warning-raised}. */
    public String wireName() {
        String name = name().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('_');
        return name.substring(0, dot) + "." + name.substring(dot + 1).replace('_', '-');
    }
}
