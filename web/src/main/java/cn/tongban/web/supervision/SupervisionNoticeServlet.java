package cn.tongban.web.supervision;

import cn.tongban.accounts.entity.Role;
import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.supervision.boundary.Supervision;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /supervision-notices/<notice number>}: an issued warning or rectification notice as PDF, for the
 * offices and the department it was issued to; for anyone else it does not exist. Never cached by a shared cache.
 */
@WebServlet("/supervision-notices/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR,
        Role.Names.DEPT_ADMIN, Role.Names.APPROVER}))
public class SupervisionNoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Supervision supervision;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NoticeFile notice;
        try {
            notice = supervision.noticePdf(path.substring(1));
        } catch (BusinessException e) {
            response.sendError(e.reason() == BusinessException.Reason.NOT_FOUND
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] content = notice.content();
        response.setContentType(NoticeFile.CONTENT_TYPE);
        response.setContentLength(content.length);
        // the number is ASCII: no encoding of the file name needed
        response.setHeader("Content-Disposition", "attachment; filename=\"" + notice.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }
}
