package cn.tongban.web.blankforms;

import cn.tongban.blankforms.boundary.BlankFormDownload;
import cn.tongban.blankforms.boundary.BlankForms;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /forms/<matter code>/<file name>}: a blank form as a download, for anyone (表格下载, 第四条).
 * Sent as an attachment under its own name, with the type its bytes were checked to be and a ban on
 * sniffing another, so that a browser never runs a file as a page. The SHA-256 is the entity tag: a
 * browser that already holds the current version gets 304 Not Modified.
 */
@WebServlet("/forms/*")
public class FormDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    BlankForms blankForms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        int slash = path == null ? -1 : path.indexOf('/', 1);
        if (slash < 0 || slash == path.length() - 1) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BlankFormDownload form;
        try {
            form = blankForms.download(path.substring(1, slash), path.substring(slash + 1));
        } catch (BusinessException e) {
            response.sendError(e.reason() == BusinessException.Reason.NOT_FOUND
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        send(form, request, response);
    }

    static void send(BlankFormDownload form, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", form.etag());
        // forms are replaced in place: always ask whether the copy held is still current
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (form.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(form.contentType());
        response.setContentLengthLong(form.size());
        response.setHeader("Content-Disposition", form.contentDisposition());
        // should a browser show it after all, it runs nothing
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(form.content());
    }
}
