package cn.tongban.web.notices;

import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.platform.entity.BusinessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Serves one PDF notice named by its number in the path ({@code /<prefix>/<notice number>}): 404 for a missing or
 * unknown number, 403 when the boundary refuses the caller; an attachment that no shared cache keeps. Subclasses
 * only say which boundary finds the notice and who may ask (their {@code @ServletSecurity}).
 */
public abstract class NoticeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The notice with this number, as the caller may read it; a BusinessException otherwise. */
    protected abstract NoticeFile find(String number);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NoticeFile notice;
        try {
            notice = find(path.substring(1));
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
