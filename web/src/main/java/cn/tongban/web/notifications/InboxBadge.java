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

    public long getUnread() {
        if (unread == null) {
            unread = isShown() ? inbox.unread() : 0L;
        }
        return unread;
    }
}
