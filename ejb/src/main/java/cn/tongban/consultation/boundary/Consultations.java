package cn.tongban.consultation.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.consultation.control.QuestionStore;
import cn.tongban.consultation.entity.AccessCode;
import cn.tongban.consultation.entity.Asker;
import cn.tongban.consultation.entity.ConsultationNumber;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionStatus;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Service consultation as the public meets it (服务咨询, 第四条): asking a question on a matter, reading one's
 * own questions back, and reading a matter's FAQ. Nobody reads another's question (第二十三条(四)).
 */
@Stateless
@DeclareRoles(Role.Names.APPLICANT)
public class Consultations {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    Accounts accounts;

    @EJB
    Catalogue catalogue;

    @Inject
    QuestionStore store;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /**
     * Asks a question on a matter. A signed-in applicant asks under their account (name and contact are
     * then the account's); anyone else leaves a name and optionally an e-mail address or a mobile number,
     * and gets an access code with the number. Every invalid field is reported at once; nothing is stored.
     */
    @PermitAll
    public AskedQuestion ask(String matterCode, String text, String name, String contact) {
        List<Violation> violations = new ArrayList<>();
        if (matterCode == null || matterCode.isBlank()) {
            violations.add(new Violation("matterCode", "consultation.matterMissing"));
        }
        String question = Question.TEXT.apply(text, violations);
        boolean applicant = session.isCallerInRole(Role.Names.APPLICANT);
        Asker asker = applicant ? Asker.applicant(accounts.current()) : Asker.visitor(name, contact, violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        Matter matter = catalogue.matter(matterCode.strip());
        String number = ConsultationNumber.issue(LocalDate.now(clock), RANDOM);
        String accessCode = applicant ? null : AccessCode.issue(RANDOM);
        Question asked = Question.ask(number, matter, asker,
                accessCode == null ? null : AccessCode.hash(number, accessCode), question, OffsetDateTime.now(clock));
        em.persist(asked);
        em.persist(asked.asked(origin.address()));
        return new AskedQuestion(asked, accessCode);
    }

    /** The signed-in applicant's own questions, newest first. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<Question> mine() {
        return em.createNamedQuery(Question.FIND_BY_ASKER, Question.class)
                .setParameter("accountId", accounts.current().getId())
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * A visitor's question, for whoever holds its number and access code. A wrong code, an unknown number
     * and an applicant's question (which has no code) get the same answer, which reveals nothing.
     */
    @PermitAll
    public Question byNumberAndCode(String number, String accessCode) {
        return store.find(number)
                .filter(question -> question.opensWith(accessCode))
                .orElseThrow(() -> BusinessException.notFound("consultation.notFoundWithCode"));
    }

    /** A matter's public FAQ (常见问题): its published questions and answers, newest first. */
    @PermitAll
    public List<Question> faq(String matterCode) {
        if (matterCode == null || matterCode.isBlank()) {
            throw BusinessException.notFound("matter.unknown", String.valueOf(matterCode));
        }
        return em.createNamedQuery(Question.FIND_PUBLISHED_BY_MATTER, Question.class)
                .setParameter("matter", catalogue.matter(matterCode.strip()))
                .setParameter("status", QuestionStatus.PUBLISHED)
                .setMaxResults(100)
                .getResultList();
    }
}
