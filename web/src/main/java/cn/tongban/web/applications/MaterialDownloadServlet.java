package cn.tongban.web.applications;

import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.entity.MaterialDownload;
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
 * {@code GET /materials/<id>}: an application's material as a download, for its applicant and the staff of the
 * departments involved; for anyone else it does not exist (第二十三条(四)). Sent as an attachment under its own
 * (checked) name with the type its bytes were found to be, no sniffing, never cached by a shared cache.
 */
@WebServlet("/materials/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER,
        Role.Names.APPROVER, Role.Names.DEPT_ADMIN}))
public class MaterialDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Materials materials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MaterialDownload file;
        try {
            file = materials.download(id);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.bytes();
        response.setContentType(file.contentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", file.fileName().contentDisposition());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(content);
    }
}
