package cn.tongban.web.blankforms;

import cn.tongban.blankforms.boundary.BlankForms;
import cn.tongban.blankforms.entity.BlankForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The forms section of a matter's guide: its forms, each read once per request, and where to download them. */
@Named
@RequestScoped
public class MatterForms {

    @Inject
    BlankForms blankForms;

    private final Map<String, List<BlankForm>> byMatter = new HashMap<>();

    public List<BlankForm> of(String matterCode) {
        return byMatter.computeIfAbsent(matterCode, blankForms::ofMatter);
    }

    /** The download address of a form, each path segment percent-encoded in UTF-8. */
    public String href(String matterCode, BlankForm form) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return contextPath + "/forms/" + segment(matterCode) + "/" + segment(form.getFileName());
    }

    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
