package cn.tongban.web.notices;

import cn.tongban.accounts.entity.Role;
import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.notices.boundary.Notices;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /notices/<notice number>}: a notice as PDF, for its applicant and the staff of the departments
 * involved; for anyone else it does not exist (第二十三条(四)). Signed-in only; never cached by a shared cache.
 */
@WebServlet("/notices/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.DEPT_ADMIN}))
public class NoticeDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Notices notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NoticeFile notice;
        try {
            notice = notices.download(path.substring(1));
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
