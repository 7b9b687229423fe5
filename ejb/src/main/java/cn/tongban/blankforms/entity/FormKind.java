package cn.tongban.blankforms.entity;

/** Whether a file is a form to fill in (空白表格) or a filled-in example of one (示例样表). */
public enum FormKind {
    BLANK_FORM, SAMPLE
}
