package cn.tongban.notices.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.boundary.Applications;
import cn.tongban.notices.control.NoticePrinting;
import cn.tongban.notices.entity.Notice;
import cn.tongban.notices.entity.VerificationCode;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The notices of the applications (结果反馈, 第四条): downloading one, for its applicant and the staff of the
 * departments involved only (第二十三条(四)); the applicant's list; and the public verification of a notice
 * by its number and code.
 */
@Stateless
public class Notices {

    private static final int MAX_NUMBER = 64;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Applications applications;

    @Inject
    NoticePrinting printing;

    /** A notice as PDF; anyone but its applicant and the departments involved is told it does not exist. */
    @RolesAllowed({Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER,
            Role.Names.DEPT_ADMIN})
    public NoticeFile download(String number) {
        Account caller = accounts.current();
        Notice notice = byNumber(number).filter(n -> n.getApplication().involves(caller))
                .orElseThrow(() -> BusinessException.notFound("notice.unknown", String.valueOf(number)));
        return new NoticeFile(notice.getNumber() + ".pdf", printing.pdf(notice));
    }

    /** The notices of the caller's applications, oldest first. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<Notice> mine() {
        return em.createNamedQuery(Notice.FIND_BY_APPLICANT, Notice.class)
                .setParameter("applicant", accounts.current())
                .setMaxResults(1000)
                .getResultList();
    }

    /** The notices of an application the caller may read, in the order they were issued. */
    @RolesAllowed({Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER,
            Role.Names.DEPT_ADMIN})
    public List<Notice> ofApplication(String receiptNumber) {
        return em.createNamedQuery(Notice.FIND_BY_APPLICATION, Notice.class)
                .setParameter("application", applications.byReceiptNumber(receiptNumber))
                .getResultList();
    }

    /**
     * Whether a notice is genuine, for anyone holding it: the number and the printed code. A wrong code is
     * answered exactly like an unknown number, so that the numbers cannot be probed.
     */
    @PermitAll
    public Optional<NoticeVerification> verify(String number, String code) {
        if (number == null || number.isBlank() || code == null || code.isBlank()) {
            throw BusinessException.invalid("notice.verificationMissing");
        }
        if (code.strip().length() != VerificationCode.LENGTH) {
            return Optional.empty();
        }
        return byNumber(number).filter(n -> n.isVerifiedBy(code))
                .map(n -> new NoticeVerification(n.getNumber(), n.getKind(), n.getReceiptNumber(), n.getIssuedAt(),
                        n.getDepartmentName()));
    }

    private Optional<Notice> byNumber(String number) {
        if (number == null || number.isBlank() || number.strip().length() > MAX_NUMBER) {
            return Optional.empty();
        }
        return em.createNamedQuery(Notice.FIND_BY_NUMBER, Notice.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst();
    }
}
