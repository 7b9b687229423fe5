package cn.tongban.web.consultation;

import cn.tongban.accounts.entity.Role;
import cn.tongban.consultation.boundary.AskedQuestion;
import cn.tongban.consultation.boundary.Consultations;
import cn.tongban.consultation.entity.Question;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The consultation part of {@code matter.xhtml} ({@code WEB-INF/includes/consultation.xhtml}): the matter's
 * FAQ and the form to ask a question. The access code a visitor gets is kept only until they ask another
 * question or leave the page, because it is shown once. The FAQ is transient, reloaded per view.
 */
@Named
@ViewScoped
public class ConsultationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    private String text;
    private String name;
    private String contact;
    private String askedNumber;
    private String accessCode;
    private String faqMatter;
    private transient List<Question> faq;

    /** The matter's published questions, read once per view. */
    public List<Question> faq(String matterCode) {
        if (faq == null || !matterCode.equals(faqMatter)) {
            faq = consultations.faq(matterCode);
            faqMatter = matterCode;
        }
        return faq;
    }

    public void ask(String matterCode) {
        AskedQuestion asked = consultations.ask(matterCode, text, name, contact);
        askedNumber = asked.question().getNumber();
        accessCode = asked.accessCode();
        text = null;
        name = null;
        contact = null;
    }

    /** Back to an empty form; the access code shown is gone for good. */
    public void askAnother() {
        askedNumber = null;
        accessCode = null;
    }

    /** A signed-in applicant asks under their account and leaves no name. */
    public boolean isApplicant() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.APPLICANT);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getAskedNumber() {
        return askedNumber;
    }

    public String getAccessCode() {
        return accessCode;
    }
}
