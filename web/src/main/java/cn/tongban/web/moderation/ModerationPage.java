package cn.tongban.web.moderation;

import cn.tongban.consultation.boundary.ConsultationReview;
import cn.tongban.consultation.entity.Question;
import cn.tongban.moderation.boundary.ProhibitedTerms;
import cn.tongban.moderation.entity.ProhibitedTerm;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff/moderation.xhtml} (内容审核): held posts with the terms that held them, approved or rejected
 * with a reason; and the prohibited terms, added and removed. Loaded by the view action so that a refusal
 * becomes a message; the lists are transient.
 */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationReview review;

    @Inject
    ProhibitedTerms prohibitedTerms;

    private transient List<Question> held;
    private transient List<ProhibitedTerm> terms;
    private boolean loaded;
    private final Map<String, String> reasons = new HashMap<>();
    private String newTerm;

    public void load() {
        held = review.held();
        terms = prohibitedTerms.list();
        loaded = true;
    }

    public void approve(String number) {
        review.approve(number);
        reasons.remove(number);
        Messages.info("moderation.approved", number);
        load();
    }

    public void reject(String number) {
        review.reject(number, reasons.get(number));
        reasons.remove(number);
        Messages.info("moderation.rejected", number);
        load();
    }

    public void addTerm() {
        ProhibitedTerm added = prohibitedTerms.add(newTerm);
        newTerm = null;
        Messages.info("moderation.termAdded", added.getTerm());
        load();
    }

    public void removeTerm(long id, String term) {
        prohibitedTerms.remove(id);
        Messages.info("moderation.termRemoved", term);
        load();
    }

    public List<Question> getHeld() {
        if (held == null && loaded) {
            load();
        }
        return held == null ? List.of() : held;
    }

    public List<ProhibitedTerm> getTerms() {
        if (terms == null && loaded) {
            load();
        }
        return terms == null ? List.of() : terms;
    }

    /** The rejection reason typed into each row, by consultation number. */
    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getNewTerm() {
        return newTerm;
    }

    public void setNewTerm(String newTerm) {
        this.newTerm = newTerm;
    }
}
