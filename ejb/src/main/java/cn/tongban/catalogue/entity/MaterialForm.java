package cn.tongban.catalogue.entity;

/** In what form a required material is handed in. */
public enum MaterialForm {
    /** 原件 */
    ORIGINAL,
    /** 复印件 */
    COPY,
    /** 电子件 */
    ELECTRONIC
}
