package cn.tongban.web.accounts;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;

/** Who is signed in, as the page header shows it, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Accounts accounts;

    private String displayName;

    public boolean isSignedIn() {
        return username() != null;
    }

    /** Whether the caller works in a department, and so has a work list rather than applications. */
    public boolean isStaff() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name).anyMatch(external::isUserInRole);
    }

    public String getDisplayName() {
        String username = username();
        if (displayName == null && username != null) {
            displayName = accounts.byUsername(username).map(Account::getDisplayName).orElse(username);
        }
        return displayName;
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }

    private static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
