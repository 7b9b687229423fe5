package cn.tongban.catalogue.entity;

/** The kinds of matter of 第二条. */
public enum MatterKind {
    /** 行政许可 */
    ADMINISTRATIVE_LICENSE,
    /** 非行政许可审批 */
    NON_LICENSE_APPROVAL,
    /** 公共服务 */
    PUBLIC_SERVICE
}
