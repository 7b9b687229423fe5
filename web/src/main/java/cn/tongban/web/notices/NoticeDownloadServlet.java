package cn.tongban.web.notices;

import cn.tongban.accounts.entity.Role;
import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.notices.boundary.Notices;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code GET /notices/<notice number>}: a notice as PDF, for its applicant and the staff of the departments
 * involved; for anyone else it does not exist (第二十三条(四)). Signed-in only; never cached by a shared cache.
 */
@WebServlet("/notices/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.DEPT_ADMIN}))
public class NoticeDownloadServlet extends NoticeFileServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Notices notices;

    @Override
    protected NoticeFile find(String number) {
        return notices.download(number);
    }
}
