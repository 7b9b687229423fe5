package cn.tongban.web.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code applicant/apply.xhtml?code=}: submits an application for a matter and shows its receipt number.
 * Whether the matter may be applied for online is decided by {@code Applications.submit}.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    Applications applications;

    private String code;
    private transient Matter matter;
    private String receiptNumber;

    /** The view action, on every request: the matter is transient. */
    public void load() {
        matter = code == null ? null : catalogue.matter(code);
    }

    public void submit() {
        receiptNumber = applications.submit(code).getReceiptNumber().value();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Matter getMatter() {
        return matter;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }
}
