package cn.tongban.web.consultation;

import cn.tongban.accounts.entity.Role;
import cn.tongban.consultation.boundary.ConsultationDesk;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionStatus;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff/consultations.xhtml} (咨询答复): the department's open questions, oldest first with how long
 * each has waited, to answer; and its answered ones, which the business owner publishes to the FAQ or
 * withdraws. The lists are loaded by the view action, so that a refusal becomes a message; they are
 * transient, reloaded if the session moved to another node.
 */
@Named
@ViewScoped
public class ConsultationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationDesk desk;

    @Inject
    Clock clock;

    private transient List<Question> inbox;
    private transient List<Question> answered;
    private boolean loaded;
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        inbox = desk.inbox();
        answered = desk.answered();
        loaded = true;
    }

    public void answer(String number) {
        desk.answer(number, answers.get(number));
        answers.remove(number);
        Messages.info("desk.answered", number);
        load();
    }

    public void publish(String number) {
        Question question = desk.publish(number);
        if (question.getStatus() == QuestionStatus.HELD) {
            Messages.info("desk.held", number, question.getHeldTerms());
        } else {
            Messages.info("desk.published", number);
        }
        load();
    }

    public void withdraw(String number) {
        desk.withdraw(number);
        Messages.info("desk.withdrawn", number);
        load();
    }

    /** How long a question has waited, e.g. "2 天 3 小时", in the page's language. */
    public String age(Question question) {
        Duration waited = Duration.between(question.getAskedAt(), OffsetDateTime.now(clock));
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        String key = waited.toDays() > 0 ? "desk.age.days" : waited.toHours() > 0 ? "desk.age.hours" : "desk.age.minutes";
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
        return new MessageFormat(pattern, context.getViewRoot().getLocale())
                .format(new Object[]{waited.toDays(), waited.toHoursPart(), waited.toMinutesPart()});
    }

    /** Only the business owner publishes and withdraws (第十八条). */
    public boolean isDeptAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.DEPT_ADMIN);
    }

    public boolean mayWithdraw(Question question) {
        return question.getStatus().mayMoveTo(QuestionStatus.WITHDRAWN);
    }

    public List<Question> getInbox() {
        if (inbox == null && loaded) {
            load();
        }
        return inbox == null ? List.of() : inbox;
    }

    public List<Question> getAnswered() {
        if (answered == null && loaded) {
            load();
        }
        return answered == null ? List.of() : answered;
    }

    /** The answer typed into each row, by consultation number. */
    public Map<String, String> getAnswers() {
        return answers;
    }
}
