package cn.tongban.web.catalogue;

import cn.tongban.accounts.entity.Role;
import jakarta.faces.context.FacesContext;

/**
 * Which parts of the catalogue pages the signed-in staff member sees. Only what is shown depends on it; what
 * each role may do is decided, and refused, by the catalogue's boundaries.
 */
final class StaffRoles {

    private StaffRoles() {
    }

    static boolean deptAdmin() {
        return has(Role.Names.DEPT_ADMIN);
    }

    static boolean approver() {
        return has(Role.Names.APPROVER);
    }

    static boolean serviceOffice() {
        return has(Role.Names.SERVICE_OFFICE);
    }

    private static boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
