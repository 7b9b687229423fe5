package cn.tongban.web.evaluations;

import cn.tongban.evaluations.boundary.Evaluations;
import cn.tongban.evaluations.entity.Evaluation;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff/evaluations.xhtml} (差评回复): the poor ratings of the department, for its leader or business
 * owner to answer. Loaded by the view action, so that a refusal becomes a message; transient, reloaded if the
 * session moved to another node.
 */
@Named
@ViewScoped
public class EvaluationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    private transient List<Evaluation> poor;
    private boolean loaded;
    private final HashMap<Long, String> responses = new HashMap<>();

    public void load() {
        poor = evaluations.poorOfMyDepartment();
        loaded = true;
    }

    public void respond(long evaluationId) {
        evaluations.respond(evaluationId, responses.get(evaluationId));
        responses.remove(evaluationId);
        Messages.info("evaluations.answered");
        load();
    }

    public List<Evaluation> getPoor() {
        if (poor == null && loaded) {
            load();
        }
        return poor == null ? List.of() : poor;
    }

    /** The answer typed into each row, by evaluation id. */
    public Map<Long, String> getResponses() {
        return responses;
    }
}
