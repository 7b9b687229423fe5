package cn.tongban.complaints.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.complaints.entity.Complaint;
import cn.tongban.complaints.entity.ComplaintForm;
import cn.tongban.complaints.entity.ComplaintKind;
import cn.tongban.complaints.entity.ComplaintNumber;
import cn.tongban.consultation.entity.AccessCode;
import cn.tongban.lookup.control.LookupThrottle;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.platform.entity.Violation;
import cn.tongban.supervision.control.TimeLimits;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Complaints as the public meets them (投诉、检举, 第十二条): filing one, signed in or not, and following it
 * with its number and access code. A wrong code answers exactly as an unknown number, and failed attempts are
 * throttled like the status lookup's (第二十一条).
 */
@Stateless
@PermitAll
@DeclareRoles(Role.Names.APPLICANT)
public class Complaints {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    Accounts accounts;

    @EJB
    LookupThrottle throttle;

    @Inject
    TimeLimits limits;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** Working days the supervision department has to register a complaint (受理登记). */
    @Inject
    @ConfigProperty(name = "tongban.complaints.register-days", defaultValue = "3")
    int registerDays;

    /**
     * Files a complaint or report. A signed-in applicant files under their account; anyone else may leave a
     * name and a contact, or neither (a report may be anonymous). Every invalid field is reported at once;
     * nothing is stored then.
     */
    public FiledComplaint file(ComplaintKind kind, String departmentCode, String staffName, String receiptNumber,
                               String content, String name, String contact) {
        List<Violation> violations = new ArrayList<>();
        ComplaintKind k = ComplaintForm.kind(kind, violations);
        Optional<Department> department = department(departmentCode);
        if (department.isEmpty()) {
            violations.add(new Violation("department", "complaint.department.required"));
        }
        String staff = Complaint.STAFF_NAME.apply(staffName, violations);
        String receipt = ComplaintForm.receiptNumber(receiptNumber, violations);
        String text = Complaint.CONTENT.apply(content, violations);
        Complaint.Complainant complainant;
        if (session.isCallerInRole(Role.Names.APPLICANT)) {
            complainant = Complaint.Complainant.of(accounts.current());
        } else {
            String who = Complaint.NAME.apply(name, violations);
            complainant = new Complaint.Complainant(null, who, ComplaintForm.contact(contact, violations));
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(Clocks.CHINA).toLocalDate();
        String number = ComplaintNumber.issue(today, RANDOM);
        String code = AccessCode.issue(RANDOM);
        Complaint complaint = Complaint.file(number, department.get(), new Complaint.Statement(k, staff, receipt, text),
                complainant, AccessCode.hash(number, code), now, limits.due(today, registerDays));
        em.persist(complaint);
        return new FiledComplaint(complaint, code);
    }

    /**
     * A complaint for whoever holds its number and access code. Malformed, unknown and wrong-code all answer
     * NOT_FOUND, after which the caller's address and the number count one failure.
     */
    public Complaint follow(String number, String accessCode) {
        List<Violation> missing = new ArrayList<>();
        if (number == null || number.isBlank()) {
            missing.add(new Violation("number", "field.required"));
        }
        if (accessCode == null || accessCode.isBlank()) {
            missing.add(new Violation("accessCode", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw BusinessException.invalidFields(missing);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<String> parsed = ComplaintNumber.parse(number);
        String key = parsed.orElse(null);
        throttle.check(origin.address(), key, now);
        Optional<Complaint> found = parsed.flatMap(this::byNumber).filter(c -> c.opensWith(accessCode));
        if (found.isEmpty()) {
            throttle.recordFailure(origin.address(), key, now);
            throw BusinessException.notFound("complaint.notFound");
        }
        return found.get();
    }

    private Optional<Complaint> byNumber(String number) {
        return em.createNamedQuery(Complaint.FIND_BY_NUMBER, Complaint.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    private Optional<Department> department(String code) {
        if (code == null || code.isBlank() || code.length() > 32) {
            return Optional.empty();
        }
        return em.createNamedQuery(Department.FIND_BY_CODE, Department.class)
                .setParameter("code", code.strip())
                .getResultStream().findFirst();
    }
}
