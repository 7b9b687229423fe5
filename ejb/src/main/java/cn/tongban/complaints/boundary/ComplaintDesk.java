package cn.tongban.complaints.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.complaints.entity.Complaint;
import cn.tongban.complaints.entity.ComplaintNote;
import cn.tongban.complaints.entity.ComplaintNumber;
import cn.tongban.complaints.entity.ComplaintStatus;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.supervision.control.TimeLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The supervision department's complaint desk (第十二条: 受理、查处): the complaints by status or overdue,
 * registration (受理登记) or its refusal, the investigation's internal notes, and the answer. Each step locks
 * the complaint, so two supervisors acting at once take turns and the second is told it is already done.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class ComplaintDesk {

    private static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    TimeLimits limits;

    @Inject
    Clock clock;

    /** Working days to answer a registered complaint. */
    @Inject
    @ConfigProperty(name = "tongban.complaints.answer-days", defaultValue = "15")
    int answerDays;

    /** The complaints in the given statuses (all open ones when none), oldest first. */
    public List<Complaint> list(Set<ComplaintStatus> statuses) {
        Set<ComplaintStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.of(ComplaintStatus.FILED, ComplaintStatus.REGISTERED) : statuses;
        return em.createNamedQuery(Complaint.FIND_BY_STATUS, Complaint.class)
                .setParameter("statuses", wanted)
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** The complaints past a time limit right now: not registered, or registered and not answered. */
    public List<Complaint> overdue() {
        return em.createNamedQuery(Complaint.FIND_OVERDUE, Complaint.class)
                .setParameter("today", today())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    public Complaint byNumber(String number) {
        String normal = ComplaintNumber.parse(number)
                .orElseThrow(() -> BusinessException.notFound("complaint.unknown", String.valueOf(number)));
        return em.createNamedQuery(Complaint.FIND_BY_NUMBER, Complaint.class)
                .setParameter("number", normal)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("complaint.unknown", number));
    }

    public List<ComplaintNote> notes(String number) {
        return em.createNamedQuery(ComplaintNote.FIND_BY_COMPLAINT, ComplaintNote.class)
                .setParameter("complaint", byNumber(number))
                .getResultList();
    }

    /** 受理登记: takes the complaint up; the answer is due so many working days later. */
    public Complaint register(String number) {
        Account me = accounts.current();
        Complaint complaint = locked(number);
        OffsetDateTime now = now();
        complaint.register(me, now, limits.due(today(now), answerDays));
        return complaint;
    }

    /** 不予受理, with the reason the complainant reads. */
    public Complaint refuse(String number, String reason) {
        String text = checked(Complaint.REASON, reason);
        Account me = accounts.current();
        Complaint complaint = locked(number);
        complaint.refuseRegistration(me, text, now());
        return complaint;
    }

    /** A note of the investigation, for the supervision department only. */
    public ComplaintNote note(String number, String text) {
        String note = checked(Complaint.NOTE, text);
        Account me = accounts.current();
        Complaint complaint = locked(number);
        ComplaintNote written = complaint.note(me, note, now());
        em.persist(written);
        return written;
    }

    /** 答复: the outcome, for the complainant. */
    public Complaint answer(String number, String answer) {
        String text = checked(Complaint.ANSWER, answer);
        Account me = accounts.current();
        Complaint complaint = locked(number);
        complaint.answer(me, text, now());
        return complaint;
    }

    private Complaint locked(String number) {
        Complaint complaint = byNumber(number);
        em.lock(complaint, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(complaint);
        return complaint;
    }

    private static String checked(TextRule rule, String raw) {
        List<Violation> violations = new ArrayList<>();
        String text = rule.apply(raw, violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        return text;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return today(now());
    }

    private static LocalDate today(OffsetDateTime now) {
        return now.atZoneSameInstant(Clocks.CHINA).toLocalDate();
    }
}
