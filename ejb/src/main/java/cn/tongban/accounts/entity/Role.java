package cn.tongban.accounts.entity;

/**
 * The roles of REQUIREMENTS §1. The names are the container roles used in {@code @RolesAllowed} and in the
 * web modules' security constraints; {@link Names} holds them as constants for annotations.
 */
public enum Role {
    APPLICANT, CLERK, REVIEWER, APPROVER, DEPT_ADMIN, SERVICE_OFFICE, IT_OFFICE, SUPERVISOR, SECURITY_OFFICER, PARTNER;

    /** Whether holders of this role work in a department on its cases (第十八、十九条: trained staff only). */
    public boolean isStaff() {
        return this != APPLICANT && this != PARTNER;
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String CLERK = "CLERK";
        public static final String REVIEWER = "REVIEWER";
        public static final String APPROVER = "APPROVER";
        public static final String DEPT_ADMIN = "DEPT_ADMIN";
        public static final String SERVICE_OFFICE = "SERVICE_OFFICE";
        public static final String IT_OFFICE = "IT_OFFICE";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String SECURITY_OFFICER = "SECURITY_OFFICER";
        public static final String PARTNER = "PARTNER";

        private Names() {
        }
    }
}
