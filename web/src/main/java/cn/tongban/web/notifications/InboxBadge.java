package cn.tongban.web.notifications;

import cn.tongban.accounts.entity.Role;
import cn.tongban.notifications.boundary.Inbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The inbox link of the page header, with the applicant's unread count (read once per request). */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    Inbox inbox;

    private Long unread;

    public boolean isShown() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.APPLICANT);
    }

    /** Staff who handle tasks read their deadline alerts (黄色预警、红色警报) in their own inbox. */
    public boolean isStaffShown() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return !isShown() && (external.isUserInRole(Role.Names.CLERK) || external.isUserInRole(Role.Names.REVIEWER)
                || external.isUserInRole(Role.Names.APPROVER));
    }

    public long getUnread() {
        if (unread == null) {
            unread = isShown() || isStaffShown() ? inbox.unread() : 0L;
        }
        return unread;
    }
}
