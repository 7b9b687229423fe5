package cn.tongban.web.supervision;

import cn.tongban.accounts.entity.Role;
import cn.tongban.supervision.boundary.Supervision;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which supervision and complaint pages the navigation offers, and how many notices wait for the department. */
@Named
@RequestScoped
public class OversightNavigation {

    @Inject
    Supervision supervision;

    private Long awaiting;

    /** The service office and the supervision department, who handle the cases. */
    public boolean isOffice() {
        ExternalContext external = external();
        return external.isUserInRole(Role.Names.SERVICE_OFFICE) || external.isUserInRole(Role.Names.SUPERVISOR);
    }

    /** The supervision department, which receives the complaints (第十二条). */
    public boolean isSupervisor() {
        return external().isUserInRole(Role.Names.SUPERVISOR);
    }

    /** A department's business owner or leader, who reply to the notices. */
    public boolean isDepartment() {
        ExternalContext external = external();
        return external.isUserInRole(Role.Names.DEPT_ADMIN) || external.isUserInRole(Role.Names.APPROVER);
    }

    /** Anyone but staff may complain from the navigation; staff have their own channels. */
    public boolean isComplainant() {
        ExternalContext external = external();
        return external.getUserPrincipal() == null || external.isUserInRole(Role.Names.APPLICANT);
    }

    public long getAwaitingReply() {
        if (awaiting == null) {
            awaiting = isDepartment() ? supervision.awaitingReply() : 0L;
        }
        return awaiting;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
