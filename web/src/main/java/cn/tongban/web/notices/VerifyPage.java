package cn.tongban.web.notices;

import cn.tongban.notices.boundary.NoticeVerification;
import cn.tongban.notices.boundary.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code verify.xhtml?number=&code=}: anyone confirms that a notice is genuine, from the link of its QR code
 * or by typing its number and code (结果反馈, 第四条). A wrong code reads like an unknown number.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    private String number;
    private String code;
    private boolean checked;
    private NoticeVerification result;

    /** The view action: checks at once when the QR code's link brought both values. */
    public void load() {
        if (number != null && !number.isBlank() && code != null && !code.isBlank()) {
            verify();
        }
    }

    public void verify() {
        checked = false;
        result = notices.verify(number, code).orElse(null);
        checked = true;
    }

    public boolean isGenuine() {
        return checked && result != null;
    }

    public boolean isUnknown() {
        return checked && result == null;
    }

    public NoticeVerification getResult() {
        return result;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
