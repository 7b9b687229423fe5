package cn.tongban.accounts.entity;

/** Whom an account stands for. */
public enum AccountKind {
    /** A citizen, 自然人. */
    PERSON,
    /** An enterprise or other organisation, 法人. */
    ENTERPRISE,
    /** A member of a department's staff. */
    STAFF,
    /** A department's own business system calling the partner interface (第五条). */
    SYSTEM
}
