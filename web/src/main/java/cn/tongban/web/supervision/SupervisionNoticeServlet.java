package cn.tongban.web.supervision;

import cn.tongban.accounts.entity.Role;
import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.supervision.boundary.Supervision;
import cn.tongban.web.notices.NoticeFileServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code GET /supervision-notices/<notice number>}: an issued warning or rectification notice as PDF, for the
 * offices and the department it was issued to; for anyone else it does not exist. Never cached by a shared cache.
 */
@WebServlet("/supervision-notices/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR,
        Role.Names.DEPT_ADMIN, Role.Names.APPROVER}))
public class SupervisionNoticeServlet extends NoticeFileServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Supervision supervision;

    @Override
    protected NoticeFile find(String number) {
        return supervision.noticePdf(number);
    }
}
