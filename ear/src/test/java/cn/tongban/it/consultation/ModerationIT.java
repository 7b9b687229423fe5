package cn.tongban.it.consultation;

import cn.tongban.consultation.boundary.AskedQuestion;
import cn.tongban.consultation.boundary.ConsultationDesk;
import cn.tongban.consultation.boundary.ConsultationReview;
import cn.tongban.consultation.boundary.Consultations;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionStatus;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.moderation.boundary.ProhibitedTerms;
import cn.tongban.moderation.entity.ProhibitedTerm;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.security.SecureRandom;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation of what consultation publishes (第二十三条(一)): a post with a prohibited term is held, stays out
 * of the FAQ until the service office approves it, and for good if it rejects it; the office keeps the list
 * of terms, which applies to the very next post.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String MATTER = "ZJJ-003";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ModerationIT.class.getPackage());
    }

    @EJB
    Consultations consultations;

    @EJB
    ConsultationDesk desk;

    @EJB
    ConsultationReview review;

    @EJB
    ProhibitedTerms terms;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Test
    void theDemonstrationTermsAreSeeded() throws Exception {
        List<String> list = As.user("office", () -> terms.list()).stream().map(ProhibitedTerm::getTerm).toList();
        assertTrue(list.containsAll(List.of("代办包过", "内部关系", "加微信")), list.toString());
    }

    @Test
    void aQuestionWithAProhibitedTermIsHeldAndNotInTheFaqUntilTheOfficeApproves() throws Exception {
        String number = answered("听说有人能代 办 包 过，是真的吗？", "没有任何“包过”的渠道，请按办事指南申请。");

        Question held = As.user("deptadmin", () -> desk.publish(number));
        assertEquals(QuestionStatus.HELD, held.getStatus());
        assertEquals("代办包过", held.getHeldTerms());
        assertFalse(inFaq(number));
        assertTrue(As.user("office", () -> numbers(review.held())).contains(number));

        assertThrows(EJBAccessException.class, () -> As.user("deptadmin", () -> review.approve(number)));
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> review.approve(number)));
        assertThrows(EJBAccessException.class, () -> review.approve(number));
        assertFalse(inFaq(number));

        Question approved = As.user("office", () -> review.approve(number));
        assertEquals(QuestionStatus.PUBLISHED, approved.getStatus());
        assertTrue(inFaq(number));
        assertFalse(As.user("office", () -> numbers(review.held())).contains(number));
    }

    @Test
    void aRejectedPostStaysOutOfTheFaqAndTheAskerStillHasTheAnswer() throws Exception {
        AskedQuestion asked = consultations.ask(MATTER, "可以加微信咨询审批进度吗？", "李四", null);
        String number = asked.question().getNumber();
        As.user("clerk", () -> desk.answer(number, "请通过本平台“我的咨询”查看答复。"));
        As.user("deptadmin", () -> desk.publish(number));

        var noReason = assertThrows(BusinessException.class, () -> As.user("office", () -> review.reject(number, "  ")));
        assertEquals(List.of("consultation.reason.required"), keys(noReason));
        assertEquals(QuestionStatus.HELD, consultations.byNumberAndCode(number, asked.accessCode()).getStatus());

        Question rejected = As.user("office", () -> review.reject(number, "含引导私下联系的内容，不宜公开。"));
        assertEquals(QuestionStatus.REJECTED, rejected.getStatus());
        assertEquals("含引导私下联系的内容，不宜公开。", rejected.getRejectionReason());
        assertFalse(inFaq(number));
        assertConflict(() -> As.user("deptadmin", () -> desk.publish(number)));
        assertConflict(() -> As.user("office", () -> review.approve(number)));
        assertFalse(inFaq(number), "rejection keeps it out");

        Question asker = consultations.byNumberAndCode(number, asked.accessCode());
        assertEquals("请通过本平台“我的咨询”查看答复。", asker.getAnswer());
        assertEquals("REJECTED", em.createNativeQuery("SELECT to_status FROM consultation_event e JOIN "
                + "consultation_question q ON q.id = e.question_id WHERE q.number = ?1 ORDER BY e.occurred_at DESC, e.id DESC")
                .setParameter(1, number).setMaxResults(1).getSingleResult());
    }

    @Test
    void aProhibitedTermInTheAnswerHoldsThePairToo() throws Exception {
        String number = answered("办理进度可以通过什么方式查询？", "可以找内部 关系查询。");
        Question held = As.user("deptadmin", () -> desk.publish(number));
        assertEquals(QuestionStatus.HELD, held.getStatus());
        assertEquals("内部关系", held.getHeldTerms());
        assertFalse(inFaq(number));

        As.user("deptadmin", () -> desk.withdraw(number));
        assertFalse(As.user("office", () -> numbers(review.held())).contains(number), "withdrawn from review");
    }

    @Test
    void aCleanPostIsPublishedWithoutReview() throws Exception {
        String number = answered("施工许可阶段并联审批涉及哪些部门？", "住建、自然资源、消防等部门同时审查。");
        assertEquals(QuestionStatus.PUBLISHED, As.user("deptadmin", () -> desk.publish(number)).getStatus());
        assertTrue(inFaq(number));
        assertConflict(() -> As.user("office", () -> review.approve(number)));
        assertNotFound(() -> As.user("office", () -> review.approve("ZX-20000101-00000000")));
    }

    @Test
    void theOfficeMaintainsTheTermsAndEachChangeAppliesToTheNextPost() throws Exception {
        String term = "禁词" + randomLetters();
        ProhibitedTerm added = As.user("office", () -> terms.add("  " + term + " "));
        try {
            assertEquals(term, added.getTerm());
            assertEquals("office", added.getAddedBy());
            assertTrue(As.user("office", () -> terms.list()).stream().anyMatch(t -> t.getTerm().equals(term)));

            String spacedOut = String.join(" ", term.toLowerCase().split(""));
            String first = answered("关于“" + spacedOut + "”的问题可以公开吗？", "可以。");
            Question held = As.user("deptadmin", () -> desk.publish(first));
            assertEquals(QuestionStatus.HELD, held.getStatus());
            assertEquals(term, held.getHeldTerms());

            As.user("office", () -> terms.remove(added.getId()));
            assertFalse(As.user("office", () -> terms.list()).stream().anyMatch(t -> t.getTerm().equals(term)));
            assertEquals(1, count("SELECT COUNT(*) FROM prohibited_term WHERE removed_by = 'office' AND removed_at IS NOT NULL "
                    + "AND term = '" + term + "'"), "a removed term keeps who removed it");
            String second = answered("关于“" + spacedOut + "”的问题现在可以公开吗？", "可以。");
            assertEquals(QuestionStatus.PUBLISHED, As.user("deptadmin", () -> desk.publish(second)).getStatus());

            ProhibitedTerm again = As.user("office", () -> terms.add(spacedOut));
            assertEquals(added.getId(), again.getId(), "adding a removed term again brings its row back");
            assertNull(again.getRemovedAt());
        } finally {
            As.user("office", () -> terms.list().stream().filter(t -> t.getId().equals(added.getId()))
                    .forEach(t -> terms.remove(t.getId())));
        }
    }

    @Test
    void badTermsAndDuplicatesAreRefusedAndChangeNothing() throws Exception {
        long rows = count("SELECT COUNT(*) FROM prohibited_term");
        long active = count("SELECT COUNT(*) FROM prohibited_term WHERE removed_at IS NULL");

        assertInvalid(() -> As.user("office", () -> terms.add("   ")), "moderation.term.required");
        assertInvalid(() -> As.user("office", () -> terms.add("词")), "moderation.term.tooShort");
        assertInvalid(() -> As.user("office", () -> terms.add("词".repeat(31))), "moderation.term.tooLong");
        assertInvalid(() -> As.user("office", () -> terms.add("!!x")), "moderation.term.tooShortNormalized");
        assertInvalid(() -> As.user("office", () -> terms.add("禁\n词")), "moderation.term.controlCharacters");
        assertConflict(() -> As.user("office", () -> terms.add("代 办 包 过")));
        assertConflict(() -> As.user("office", () -> terms.add("加·微·信")));
        assertNotFound(() -> As.user("office", () -> terms.remove(-1L)));

        assertEquals(rows, count("SELECT COUNT(*) FROM prohibited_term"));
        assertEquals(active, count("SELECT COUNT(*) FROM prohibited_term WHERE removed_at IS NULL"));
    }

    @Test
    void onlyTheServiceOfficeKeepsTheTermsAndReviews() {
        for (String other : List.of("deptadmin", "clerk", "zhangsan", "itoffice", "supervisor")) {
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> terms.list()), other);
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> terms.add("别的词语")), other);
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> review.held()), other);
        }
        assertThrows(EJBAccessException.class, () -> terms.list());
        assertThrows(EJBAccessException.class, () -> As.user("office", () -> desk.inbox()),
                "the office reviews; it does not answer for departments");
    }

    /** A visitor's question on the matter, answered by the ZJJ clerk. */
    private String answered(String text, String answer) throws Exception {
        String number = consultations.ask(MATTER, text, "李四", null).question().getNumber();
        As.user("clerk", () -> desk.answer(number, answer));
        return number;
    }

    private boolean inFaq(String number) {
        return numbers(consultations.faq(MATTER)).contains(number);
    }

    private static List<String> numbers(List<Question> questions) {
        return questions.stream().map(Question::getNumber).toList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static String randomLetters() {
        String letters = "ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return s.toString();
    }

    private static List<String> keys(BusinessException e) {
        return e.violations().stream().map(Violation::key).toList();
    }

    private static void assertInvalid(Executable call, String... keys) {
        var refused = assertThrows(BusinessException.class, call);
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(List.of(keys), keys(refused));
    }

    private static void assertNotFound(Executable call) {
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class, call).reason());
    }

    private static void assertConflict(Executable call) {
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class, call).reason());
    }
}
