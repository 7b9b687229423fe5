package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.control.ApplicationStore;
import cn.tongban.applications.control.Intake;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.deadlines.boundary.Deadlines;
import cn.tongban.forms.control.FormValidation;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Online application (网上申报, 第四条) and what an applicant or the handling department may read of it. */
@Stateless
public class Applications {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Catalogue catalogue;

    @EJB
    Deadlines deadlines;

    @Inject
    ApplicationStore store;

    @Inject
    Intake intake;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Inject
    Event<ApplicationStepped> stepped;

    /**
     * Submits an application for a matter in the caller's name and issues its receipt number and its query code
     * ({@link Application#getIssuedQueryCode()}, readable on the returned application only) at once. The form
     * values are checked against the matter's online form in force: every invalid field is reported at once
     * and nothing is stored.
     */
    @RolesAllowed(Role.Names.APPLICANT)
    public Application submit(String matterCode, JsonObject form) {
        if (matterCode == null || matterCode.isBlank()) {
            throw BusinessException.invalid("application.matterMissing");
        }
        Account applicant = accounts.current();
        Matter matter = catalogue.matter(matterCode.strip());
        if (!matter.acceptsOnlineApplications()) {
            throw BusinessException.unprocessable("application.offlineOnly", matter.getCode());
        }
        return intake.submit(matter, applicant, null, form);
    }

    /** The caller's own applications, newest first. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<Application> mine() {
        return em.createNamedQuery(Application.FIND_BY_APPLICANT, Application.class)
                .setParameter("applicant", accounts.current())
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * One application, for its applicant or the staff of its department (第二十三条(四): nobody reads
     * another's data). Anyone else is told it does not exist, which reveals nothing.
     */
    @RolesAllowed({Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER,
            Role.Names.DEPT_ADMIN, Role.Names.PARTNER})
    public Application byReceiptNumber(String receiptNumber) {
        Account caller = accounts.current();
        Application application = store.byReceiptNumber(receiptNumber);
        if (!application.involves(caller)) {
            throw BusinessException.notFound("application.unknown", receiptNumber);
        }
        return application;
    }

    /**
     * 补正: the applicant hands in the corrected form; the stopped tasks carry on. The form is checked against
     * the form of the version the application was made under.
     */
    @RolesAllowed(Role.Names.APPLICANT)
    public Application resubmit(String receiptNumber, JsonObject form) {
        Account applicant = accounts.current();
        Application application = store.lockByReceiptNumber(receiptNumber);
        JsonObject values = new FormValidation(clock)
                .validate(application.getMatterVersion().getContent().form(), form == null ? JsonValue.EMPTY_JSON_OBJECT : form)
                .orThrow();
        announce(application, stored(application.resubmit(applicant, values, OffsetDateTime.now(clock), origin.address(), deadlines.rules())));
        return application;
    }

    /**
     * A new query code for the caller's own application, replacing the lost one (only its hash is stored, so the
     * old code cannot be shown again). Returns the new code, shown once.
     */
    @RolesAllowed(Role.Names.APPLICANT)
    public String reissueQueryCode(String receiptNumber) {
        Account applicant = accounts.current();
        Application application = store.lockByReceiptNumber(receiptNumber);
        return application.reissueQueryCode(applicant, RANDOM).value();
    }

    /** The applicant withdraws the application before the decision. */
    @RolesAllowed(Role.Names.APPLICANT)
    public Application withdraw(String receiptNumber, String reason) {
        Account applicant = accounts.current();
        Application application = store.lockByReceiptNumber(receiptNumber);
        announce(application, stored(application.withdraw(applicant, reason, OffsetDateTime.now(clock), origin.address())));
        return application;
    }

    /** The timeline of an application the caller may read. */
    @RolesAllowed({Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER,
            Role.Names.DEPT_ADMIN, Role.Names.PARTNER})
    public List<StatusChange> timeline(String receiptNumber) {
        return em.createNamedQuery(StatusChange.FIND_BY_APPLICATION, StatusChange.class)
                .setParameter("application", byReceiptNumber(receiptNumber))
                .getResultList();
    }

    private List<StatusChange> stored(List<StatusChange> lines) {
        lines.forEach(em::persist);
        em.flush();
        return lines;
    }

    private void announce(Application application, List<StatusChange> lines) {
        lines.forEach(line -> stepped.fire(new ApplicationStepped(application.getId(), application.getReceiptNumber().value(),
                line.getId(), line.getStep(), application.getStatus())));
    }
}
