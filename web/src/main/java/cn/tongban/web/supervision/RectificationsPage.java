package cn.tongban.web.supervision;

import cn.tongban.supervision.boundary.Supervision;
import cn.tongban.supervision.entity.SupervisionCase;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** {@code staff/rectifications.xhtml} (整改回复): the department's cases a notice was issued for, to reply to. */
@Named
@ViewScoped
public class RectificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervision supervision;

    private transient List<SupervisionCase> cases;

    public void load() {
        cases = supervision.departmentCases();
    }

    public List<SupervisionCase> getCases() {
        if (cases == null) {
            load();
        }
        return cases;
    }
}
