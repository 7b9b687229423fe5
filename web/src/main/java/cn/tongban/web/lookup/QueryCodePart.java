package cn.tongban.web.lookup;

import cn.tongban.applications.boundary.Applications;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The query-code part of 我的办件 ({@code WEB-INF/includes/query-code.xhtml}): only the code's hash is stored,
 * so a lost code cannot be shown again; the applicant gets a new one, which replaces the old, shown in this view only.
 */
@Named
@ViewScoped
public class QueryCodePart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    private final HashMap<String, String> reissued = new HashMap<>();

    public void reissue(String receiptNumber) {
        reissued.put(receiptNumber, applications.reissueQueryCode(receiptNumber));
    }

    /** The codes issued in this view, by receipt number. */
    public Map<String, String> getReissued() {
        return reissued;
    }
}
