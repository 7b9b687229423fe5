package cn.tongban.web.consultation;

import cn.tongban.accounts.entity.Role;
import cn.tongban.consultation.boundary.Consultations;
import cn.tongban.consultation.entity.Question;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code questions.xhtml} (我的咨询): a signed-in applicant's own questions with their answers; for anyone
 * else, a question found by its number and access code. Questions are transient, read again if the session
 * moves to another node.
 */
@Named
@ViewScoped
public class QuestionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    private String number;
    private String accessCode;
    private transient List<Question> mine;
    private transient Question found;

    public void lookup() {
        found = null; // a refused lookup shows no earlier result
        found = consultations.byNumberAndCode(number, accessCode);
    }

    public boolean isApplicant() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.APPLICANT);
    }

    public List<Question> getMine() {
        if (mine == null) {
            mine = isApplicant() ? consultations.mine() : List.of();
        }
        return mine;
    }

    public Question getFound() {
        return found;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }
}
