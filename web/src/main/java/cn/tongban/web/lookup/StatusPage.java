package cn.tongban.web.lookup;

import cn.tongban.lookup.boundary.PublicStatus;
import cn.tongban.lookup.entity.PublicStatusView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code status.xhtml} (办件查询): the public lookup with receipt number and query code, no sign-in (结果反馈,
 * 第四条). A refused lookup (wrong code, unknown number, too many attempts) becomes a page message and clears
 * the previous result.
 */
@Named
@ViewScoped
public class StatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicStatus publicStatus;

    private String receiptNumber;
    private String queryCode;
    private PublicStatusView result;

    public void lookup() {
        result = null;
        result = publicStatus.status(receiptNumber, queryCode);
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public String getQueryCode() {
        return queryCode;
    }

    public void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }

    public PublicStatusView getResult() {
        return result;
    }
}
