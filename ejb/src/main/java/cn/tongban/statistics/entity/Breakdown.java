package cn.tongban.statistics.entity;

/** What one row of figures stands for: the whole scope, a department, a department's matter, or a slice of time. */
public enum Breakdown {
    TOTAL, DEPARTMENT, MATTER, PERIOD
}
