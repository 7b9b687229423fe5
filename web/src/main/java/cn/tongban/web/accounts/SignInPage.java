package cn.tongban.web.accounts;

import cn.tongban.accounts.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code signin.xhtml}: a page every role must sign in for, so the header's "sign in" link leads through the
 * container's login form; once signed in, each role goes on to where its work is.
 */
@Named
@RequestScoped
public class SignInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each role lands where its work is: case handlers on the work list, the offices on what waits for them. */
    public String proceed() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Role.Names.APPLICANT)) {
            return "/applicant/applications.xhtml?faces-redirect=true";
        }
        if (external.isUserInRole(Role.Names.CLERK) || external.isUserInRole(Role.Names.REVIEWER)
                || external.isUserInRole(Role.Names.APPROVER)) {
            return "/staff/worklist.xhtml?faces-redirect=true";
        }
        if (external.isUserInRole(Role.Names.DEPT_ADMIN)) {
            return "/staff/consultations.xhtml?faces-redirect=true";
        }
        if (external.isUserInRole(Role.Names.SERVICE_OFFICE)) {
            return "/staff/moderation.xhtml?faces-redirect=true";
        }
        return "/index.xhtml?faces-redirect=true";
    }
}
