package cn.tongban.web.evaluations;

import cn.tongban.evaluations.boundary.Evaluations;
import cn.tongban.evaluations.entity.Evaluation;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The evaluation part of 我的办件 ({@code WEB-INF/includes/evaluation.xhtml}): a completed application is rated
 * once, and the department's answer to a poor rating is shown. The caller's ratings are loaded once per view
 * in one query, transient (reloaded if the session moved to another node).
 */
@Named
@ViewScoped
public class EvaluationPart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    private transient Map<String, Evaluation> byReceipt;
    private final HashMap<String, Integer> stars = new HashMap<>();
    private final HashMap<String, String> comments = new HashMap<>();

    /** The caller's rating of the application, or null. */
    public Evaluation of(String receiptNumber) {
        if (byReceipt == null) {
            byReceipt = new HashMap<>();
            evaluations.mine().forEach(e -> byReceipt.put(e.getApplication().getReceiptNumber().value(), e));
        }
        return byReceipt.get(receiptNumber);
    }

    public void rate(String receiptNumber) {
        evaluations.rate(receiptNumber, stars.get(receiptNumber), comments.get(receiptNumber));
        byReceipt = null;
        Messages.info("evaluation.thanks", receiptNumber);
    }

    public Map<String, Integer> getStars() {
        return stars;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
