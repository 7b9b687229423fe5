package cn.tongban.applications.control;

import cn.tongban.accounts.entity.Account;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.forms.control.FormValidation;
import cn.tongban.platform.entity.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Creates a submitted application inside the caller's transaction (网上申报, 第四条), whichever way it came in —
 * the portal, a draft, the API or a partner's counter registration: the form is checked against the matter's form
 * in force (every invalid field at once, nothing stored), the receipt number and the query code are issued, the
 * acceptance task opens and the first line of the timeline is written.
 */
@Dependent
public class Intake {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Inject
    Event<ApplicationStepped> stepped;

    @EJB
    Deadlines deadlines;

    /**
     * @param registeredBy the partner system that registered the application at its department's counter
     *                     (第五条), or null when the applicant submitted it themselves
     */
    public Application submit(Matter matter, Account applicant, Account registeredBy, JsonObject form) {
        JsonObject values = new FormValidation(clock)
                .validate(matter.getCurrentVersion().getContent().form(), form == null ? JsonValue.EMPTY_JSON_OBJECT : form)
                .orThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var receipt = ReceiptNumber.issue(LocalDate.now(clock), matter.getDepartment().getCode(), RANDOM);
        Application application = Application.submit(receipt, matter, applicant, values, now);
        application.issueQueryCode(RANDOM);
        em.persist(application);
        var submitted = registeredBy == null
                ? application.submission(matter.getDepartment(), origin.address(), deadlines.rules())
                : application.registration(matter.getDepartment(), registeredBy, origin.address(), deadlines.rules());
        em.persist(submitted.acceptance());
        em.persist(submitted.line());
        em.flush();
        stepped.fire(new ApplicationStepped(application.getId(), application.getReceiptNumber().value(),
                submitted.line().getId(), submitted.line().getStep(), application.getStatus()));
        return application;
    }
}
