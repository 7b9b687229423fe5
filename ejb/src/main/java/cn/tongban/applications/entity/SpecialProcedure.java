package cn.tongban.applications.entity;

/**
 * Procedures that interrupt the examination (行政许可法 第四十五条): their time is not counted in the
 * time limit unless the matter says so.
 */
public enum SpecialProcedure {
    /** 听证 */
    HEARING,
    /** 检验、检测、检疫 */
    INSPECTION,
    /** 专家评审 */
    EXPERT_REVIEW
}
