package cn.tongban.deadlines.entity;

/**
 * How urgent a task's deadline is (效能监察, 第七、二十七条): {@link #YELLOW} a warning when its remaining working days
 * reach the configured threshold, {@link #RED} an alarm once its due day has ended.
 */
public enum AlertLevel {
    YELLOW, RED
}
