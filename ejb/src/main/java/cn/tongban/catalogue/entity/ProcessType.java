package cn.tongban.catalogue.entity;

/** Whether a matter is examined by its own department alone or by several at once (并联审批, 第一、六条). */
public enum ProcessType {
    SERIAL, PARALLEL
}
