package cn.tongban.supervision.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.notices.boundary.NoticeFile;
import cn.tongban.notices.entity.VerificationCode;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.platform.entity.Violation;
import cn.tongban.supervision.control.SupervisionLetters;
import cn.tongban.supervision.entity.CaseEvent;
import cn.tongban.supervision.entity.CaseKind;
import cn.tongban.supervision.entity.CaseStatus;
import cn.tongban.supervision.entity.SupervisionCase;
import cn.tongban.supervision.entity.SupervisionNotice;
import cn.tongban.supervision.entity.SupervisionNoticeKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Efficiency supervision (效能监察, 第二十七条) for both sides. The service office and the supervision department
 * list and read every case, record cases by hand, draft a notice (one office) and co-sign it (the other: 会同),
 * return a draft, and close a case. The department's business owner and leader read the cases a notice was
 * issued to them for, download the notices and reply with their rectification. Anyone else, and a department
 * asking for another's case, is told the case does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR})
public class Supervision {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    Accounts accounts;

    @Inject
    SupervisionLetters letters;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The cases, newest first, filtered by any of status, kind and department (code). */
    public List<SupervisionCase> cases(CaseStatus status, CaseKind kind, String departmentCode) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM SupervisionCase c JOIN FETCH c.department d WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND c.status = :status");
        }
        if (kind != null) {
            jpql.append(" AND c.kind = :kind");
        }
        boolean byDepartment = departmentCode != null && !departmentCode.isBlank();
        if (byDepartment) {
            jpql.append(" AND d.code = :department");
        }
        jpql.append(" ORDER BY c.detectedAt DESC, c.id DESC");
        TypedQuery<SupervisionCase> query = em.createQuery(jpql.toString(), SupervisionCase.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (byDepartment) {
            query.setParameter("department", departmentCode.strip());
        }
        return query.setMaxResults(MAX_LIST).getResultList();
    }

    /** The cases of the caller's department that a notice was issued for, most recently changed first. */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public List<SupervisionCase> departmentCases() {
        return em.createNamedQuery(SupervisionCase.FIND_BY_DEPARTMENT, SupervisionCase.class)
                .setParameter("department", accounts.current().getDepartment())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** How many notices wait for the caller's department's reply (the navigation's badge). */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public long awaitingReply() {
        return em.createNamedQuery(SupervisionCase.COUNT_AWAITING_REPLY, Long.class)
                .setParameter("department", accounts.current().getDepartment())
                .getSingleResult();
    }

    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR, Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public SupervisionCase byNumber(String number) {
        return readable(find(number).orElse(null), number);
    }

    /** The notices of a case: all of them for the offices, the issued ones for the department. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR, Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public List<SupervisionNotice> notices(String caseNumber) {
        SupervisionCase c = byNumber(caseNumber);
        boolean office = isOffice();
        return em.createNamedQuery(SupervisionNotice.FIND_BY_CASE, SupervisionNotice.class)
                .setParameter("supervisionCase", c)
                .getResultStream()
                .filter(n -> office || n.isIssued())
                .toList();
    }

    /** The history of a case, oldest first: both sides read it. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR, Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public List<CaseEvent> history(String caseNumber) {
        return em.createNamedQuery(CaseEvent.FIND_BY_CASE, CaseEvent.class)
                .setParameter("supervisionCase", byNumber(caseNumber))
                .getResultList();
    }

    /** An issued notice as PDF, for the offices and the department it was issued to. */
    @RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR, Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public NoticeFile noticePdf(String noticeNumber) {
        SupervisionNotice notice = noticeNumber == null || noticeNumber.length() > 40 ? null
                : em.createNamedQuery(SupervisionNotice.FIND_BY_NUMBER, SupervisionNotice.class)
                .setParameter("number", noticeNumber.strip())
                .getResultStream().findFirst()
                .filter(SupervisionNotice::isIssued)
                .filter(n -> isOffice() || n.getSupervisionCase().isVisibleTo(accounts.current()))
                .orElse(null);
        if (notice == null) {
            throw BusinessException.notFound("supervision.unknownNotice", String.valueOf(noticeNumber));
        }
        return new NoticeFile(notice.getNumber() + ".pdf", letters.pdf(notice));
    }

    /** Records a case by hand (any kind of 第二十七条, the ones the system cannot see above all), with the facts found. */
    public SupervisionCase open(CaseKind kind, String departmentCode, String receiptNumber, String facts) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "supervision.kind.required"));
        }
        Department department = department(departmentCode);
        if (department == null) {
            violations.add(new Violation("department", "supervision.department.required"));
        }
        Application application = null;
        if (receiptNumber != null && !receiptNumber.isBlank()) {
            application = application(receiptNumber);
            if (application == null) {
                violations.add(new Violation("receiptNumber", "supervision.receiptNumber.unknown"));
            }
        }
        String text = SupervisionCase.FACTS.apply(facts, violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        Account me = accounts.current();
        SupervisionCase c = SupervisionCase.open(kind, department, application, text, now());
        em.persist(c);
        c.number();
        em.persist(c.recorded(me, origin.address()));
        return c;
    }

    /** One office drafts a 警示 or a 整改通知 (with the date to rectify by); the other co-signs it. */
    public SupervisionNotice draftNotice(String caseNumber, SupervisionNoticeKind kind, String requirement, LocalDate rectifyBy) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("noticeKind", "supervision.noticeKind.required"));
        }
        String text = SupervisionNotice.REQUIREMENT.apply(requirement, violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        Account me = accounts.current();
        SupervisionCase c = locked(caseNumber);
        int sequence = em.createNamedQuery(SupervisionNotice.COUNT_BY_CASE, Long.class)
                .setParameter("supervisionCase", c).getSingleResult().intValue() + 1;
        SupervisionNotice notice = c.draftNotice(me, myOffice(), kind, text, rectifyBy, sequence,
                VerificationCode.issue(RANDOM), now());
        em.persist(notice);
        em.persist(c.drafted(notice, me, origin.address()));
        return notice;
    }

    /** The other office co-signs the draft, and the notice is issued to the department (会同, 第二十七条). */
    public SupervisionNotice cosign(String caseNumber) {
        Account me = accounts.current();
        SupervisionCase c = locked(caseNumber);
        SupervisionNotice draft = draft(c);
        em.persist(c.cosign(draft, me, myOffice(), now(), origin.address()));
        return draft;
    }

    /** Either office returns the draft with a reason. */
    public SupervisionCase returnDraft(String caseNumber, String reason) {
        String text = checked(SupervisionCase.RETURN_REASON, reason);
        Account me = accounts.current();
        SupervisionCase c = locked(caseNumber);
        em.persist(c.returnDraft(draft(c), me, myOffice(), text, now(), origin.address()));
        return c;
    }

    /** Closes the case with the conclusion. */
    public SupervisionCase close(String caseNumber, String conclusion) {
        String text = checked(SupervisionCase.CONCLUSION, conclusion);
        Account me = accounts.current();
        SupervisionCase c = locked(caseNumber);
        em.persist(c.close(me, myOffice(), text, now(), origin.address()));
        return c;
    }

    /** The department replies to the notice issued with its rectification (整改情况). */
    @RolesAllowed({Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
    public SupervisionCase reply(String caseNumber, String reply) {
        String text = checked(SupervisionCase.REPLY, reply);
        Account me = accounts.current();
        SupervisionCase c = readable(find(caseNumber).orElse(null), caseNumber);
        lock(c);
        em.persist(c.reply(me, text, now(), origin.address()));
        return c;
    }

    private SupervisionNotice draft(SupervisionCase c) {
        return em.createNamedQuery(SupervisionNotice.FIND_BY_CASE, SupervisionNotice.class)
                .setParameter("supervisionCase", c)
                .getResultStream().filter(SupervisionNotice::isDraft).findFirst()
                .orElseThrow(() -> BusinessException.conflict("supervision.noDraft", c.getNumber()));
    }

    private SupervisionCase readable(SupervisionCase c, String number) {
        if (c == null || !(isOffice() || c.isVisibleTo(accounts.current()))) {
            throw BusinessException.notFound("supervision.unknown", String.valueOf(number));
        }
        return c;
    }

    private SupervisionCase locked(String number) {
        SupervisionCase c = find(number).orElseThrow(() -> BusinessException.notFound("supervision.unknown", String.valueOf(number)));
        lock(c);
        return c;
    }

    private void lock(SupervisionCase c) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
    }

    private Optional<SupervisionCase> find(String number) {
        if (number == null || number.isBlank() || number.length() > 32) {
            return Optional.empty();
        }
        return em.createNamedQuery(SupervisionCase.FIND_BY_NUMBER, SupervisionCase.class)
                .setParameter("number", number.strip())
                .getResultStream().findFirst();
    }

    private boolean isOffice() {
        return session.isCallerInRole(Role.Names.SERVICE_OFFICE) || session.isCallerInRole(Role.Names.SUPERVISOR);
    }

    private Role myOffice() {
        return session.isCallerInRole(Role.Names.SERVICE_OFFICE) ? Role.SERVICE_OFFICE : Role.SUPERVISOR;
    }

    private Department department(String code) {
        if (code == null || code.isBlank() || code.length() > 32) {
            return null;
        }
        return em.createNamedQuery(Department.FIND_BY_CODE, Department.class)
                .setParameter("code", code.strip())
                .getResultStream().findFirst().orElse(null);
    }

    private Application application(String receiptNumber) {
        if (!ReceiptNumber.isWellFormed(receiptNumber)) {
            return null;
        }
        return em.createNamedQuery(Application.FIND_BY_RECEIPT, Application.class)
                .setParameter("receiptNumber", ReceiptNumber.parse(receiptNumber).value())
                .getResultStream().findFirst().orElse(null);
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
}
