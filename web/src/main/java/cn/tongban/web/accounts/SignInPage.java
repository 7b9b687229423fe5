package cn.tongban.web.accounts;

import cn.tongban.accounts.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code signin.xhtml}: a page every role must sign in for, so the header's "sign in" link leads through the
 * container's login form; once signed in, applicants go on to their applications and staff to their work list.
 */
@Named
@RequestScoped
public class SignInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    public String proceed() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.APPLICANT)) {
            return "/applicant/applications.xhtml?faces-redirect=true";
        }
        return currentUser.isStaff() ? "/staff/worklist.xhtml?faces-redirect=true" : "/index.xhtml?faces-redirect=true";
    }
}
