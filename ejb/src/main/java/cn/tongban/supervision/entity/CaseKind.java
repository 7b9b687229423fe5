package cn.tongban.supervision.entity;

/**
 * The seven kinds of violation of 第二十七条, each with its item, and whether the system detects it itself.
 * The others are recorded by the service office or the supervision department with the facts they found.
 */
public enum CaseKind {
    /** (一) 不按规定时限办理审批业务，影响审批程序流转的: a task overdue (the deadlines' red alert). */
    LATE_HANDLING(1, true),
    /** (二) 非法、越权操作: staff acting on another department's application or task (refused, and recorded). */
    UNAUTHORISED_OPERATION(2, true),
    /** (三) 擅自改动既定程序，造成损失的. */
    PROCEDURE_ALTERED(3, false),
    /** (四) 前置审批单位不按规定时限作出批复回应的: a prerequisite branch overdue. */
    LATE_PREREQUISITE(4, true),
    /** (五) 不按规定在网上审批系统受理、反馈、告知事项的: an application left unanswered past the acceptance limit. */
    NOT_NOTIFIED(5, true),
    /** (六) 在网上审批系统建设过程中，不积极配合或设置人为障碍，造成工程延误的. */
    OBSTRUCTION(6, false),
    /** (七) 其他违反规定，影响行政效率和政府形象的行为. */
    OTHER(7, false);

    private final int item;
    private final boolean detected;

    CaseKind(int item, boolean detected) {
        this.item = item;
        this.detected = detected;
    }

    /** The item of 第二十七条, 1 to 7. */
    public int item() {
        return item;
    }

    /** Whether the system records cases of this kind by itself. */
    public boolean isDetected() {
        return detected;
    }

    public int getItem() {
        return item;
    }
}
