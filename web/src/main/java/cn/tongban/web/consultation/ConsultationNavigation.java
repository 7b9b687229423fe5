package cn.tongban.web.consultation;

import cn.tongban.accounts.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.stream.Stream;

/** Which consultation pages the navigation offers the signed-in person. */
@Named
@RequestScoped
public class ConsultationNavigation {

    /** Staff of a department, who answer its questions. */
    public boolean isDesk() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Stream.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.DEPT_ADMIN)
                .map(Role::name).anyMatch(external::isUserInRole);
    }

    /** The service office, which reviews held posts and keeps the prohibited terms. */
    public boolean isModerator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SERVICE_OFFICE);
    }
}
