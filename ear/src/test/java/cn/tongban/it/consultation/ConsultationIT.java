package cn.tongban.it.consultation;

import cn.tongban.consultation.boundary.AskedQuestion;
import cn.tongban.consultation.boundary.ConsultationDesk;
import cn.tongban.consultation.boundary.Consultations;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionStatus;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service consultation through its boundaries on PostgreSQL: asking (as an applicant and as a visitor),
 * answering, publishing to the FAQ, who may not, and bad input that changes nothing. The calls without
 * {@code As.user} are a visitor's: the test request is not signed in.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    private static final String MATTER = "ZJJ-001";
    private static final String ESCAPING_MATTER = "ZJJ-002";
    private static final String OFFLINE_MATTER = "GAJ-001";
    private static final String NUMBER_FORMAT = "ZX-\\d{8}-[0-9A-HJKMNP-TV-Z]{8}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ConsultationIT.class.getPackage());
    }

    @EJB
    Consultations consultations;

    @EJB
    ConsultationDesk desk;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Test
    void anApplicantAsksUnderTheirAccountAndFindsItUnderMine() throws Exception {
        AskedQuestion asked = As.user("zhangsan",
                () -> consultations.ask(MATTER, "  施工许可需要准备哪些材料？\r\n是否需要原件？ ", "不用", "不用"));

        assertNull(asked.accessCode(), "an applicant reads their questions through the account");
        Question question = asked.question();
        assertTrue(question.getNumber().matches(NUMBER_FORMAT), question.getNumber());
        assertEquals("施工许可需要准备哪些材料？\n是否需要原件？", question.getText());
        assertEquals(QuestionStatus.OPEN, question.getStatus());
        assertEquals("张三", question.getAsker().getName());
        assertEquals("13800138000", question.getAsker().getPhone());
        assertEquals("ZJJ", question.getDepartment().getCode());
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_question q JOIN account a ON a.id = q.asker_id "
                + "WHERE a.username = 'zhangsan' AND q.access_code_hash IS NULL AND q.number = '" + question.getNumber() + "'"));

        List<String> mine = As.user("zhangsan", () -> numbers(consultations.mine()));
        assertTrue(mine.contains(question.getNumber()));
        assertFalse(As.user("qiye", () -> numbers(consultations.mine())).contains(question.getNumber()),
                "nobody reads another's questions (第二十三条(四))");
    }

    @Test
    void aVisitorAsksWithANameAndReadsTheAnswerWithNumberAndCode() throws Exception {
        AskedQuestion asked = consultations.ask(MATTER, "夜间施工需要另外办理许可吗？", " 李四 ", "LiSi@Example.cn");
        String number = asked.question().getNumber();
        String code = asked.accessCode();
        assertNotNull(code);
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
        assertEquals("李四", asked.question().getAsker().getName());
        assertEquals("lisi@example.cn", asked.question().getAsker().getEmail());
        assertEquals(0, count("SELECT COUNT(*) FROM consultation_question WHERE number = '" + number
                + "' AND (asker_id IS NOT NULL OR access_code_hash LIKE '%" + code.substring(0, 4) + "%')"),
                "a visitor's question has no account and keeps only the code's hash");

        assertEquals(QuestionStatus.OPEN, consultations.byNumberAndCode(number, code).getStatus());
        assertNotFound(() -> consultations.byNumberAndCode(number, "0000-0000"));
        assertNotFound(() -> consultations.byNumberAndCode(number, null));
        assertNotFound(() -> consultations.byNumberAndCode("ZX-20000101-00000000", code));
        assertNotFound(() -> consultations.byNumberAndCode("nonsense", code));
        String applicants = As.user("qiye", () -> consultations.ask(MATTER, "企业能否代员工咨询？", null, null))
                .question().getNumber();
        assertNotFound(() -> consultations.byNumberAndCode(applicants, code));

        As.user("clerk", () -> desk.answer(number, "需要。夜间施工须另行申请夜间施工许可。"));
        Question read = consultations.byNumberAndCode(number.toLowerCase(), code.toLowerCase().replace("-", " "));
        assertEquals(QuestionStatus.ANSWERED, read.getStatus());
        assertEquals("需要。夜间施工须另行申请夜间施工许可。", read.getAnswer());
        assertEquals("李受理", read.getAnsweredByName());
    }

    @Test
    void theClerkAnswersTheDeptAdminPublishesAndTheFaqShowsIt() throws Exception {
        String number = consultations.ask(MATTER, "施工许可证的承诺时限是多少个工作日？", "王五", "13912345678")
                .question().getNumber();

        List<Question> inbox = As.user("clerk", () -> desk.inbox());
        assertTrue(numbers(inbox).contains(number));
        assertEquals(inbox.stream().sorted(Comparator.comparing(Question::getAskedAt)).toList(), inbox, "oldest first");
        assertFalse(numbers(faq(MATTER)).contains(number), "nothing is public before it is published");

        As.user("clerk", () -> desk.answer(number, "  承诺时限为 7 个工作日。\n材料不全的，需先补正。  "));
        assertFalse(As.user("clerk", () -> numbers(desk.inbox())).contains(number));
        assertTrue(As.user("reviewer", () -> numbers(desk.answered())).contains(number));
        assertFalse(numbers(faq(MATTER)).contains(number), "answered is not published");

        Question published = As.user("deptadmin", () -> desk.publish(number));
        assertEquals(QuestionStatus.PUBLISHED, published.getStatus());
        Question entry = faq(MATTER).stream().filter(q -> q.getNumber().equals(number)).findFirst().orElseThrow();
        assertEquals("施工许可证的承诺时限是多少个工作日？", entry.getText());
        assertEquals(List.of("承诺时限为 7 个工作日。", "材料不全的，需先补正。"), entry.getAnswerLines());
        assertNotNull(entry.getPublishedAt());

        As.user("deptadmin", () -> desk.withdraw(number));
        assertFalse(numbers(faq(MATTER)).contains(number), "a withdrawn answer leaves the FAQ");
        As.user("deptadmin", () -> desk.publish(number));
        assertTrue(numbers(faq(MATTER)).contains(number), "and can be published again");
    }

    @Test
    void staffOfAnotherDepartmentNeitherSeeNorAnswerIt() throws Exception {
        String number = consultations.ask(MATTER, "临时建筑是否需要办理施工许可？", "赵六", null).question().getNumber();

        assertFalse(As.user("swuj.clerk", () -> numbers(desk.inbox())).contains(number));
        var refused = assertThrows(BusinessException.class,
                () -> As.user("swuj.clerk", () -> desk.answer(number, "不需要。")));
        assertEquals(BusinessException.Reason.FORBIDDEN, refused.reason());
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_question WHERE number = '" + number
                + "' AND status = 'OPEN' AND answer IS NULL"));
    }

    @Test
    void onlyTheDepartmentsBusinessOwnerPublishes() throws Exception {
        String number = answered(MATTER, "外地企业在东莞施工需要备案吗？", "需要，请先办理入莞备案。");

        assertThrows(EJBAccessException.class, () -> As.user("zhangsan", () -> desk.publish(number)));
        assertThrows(EJBAccessException.class, () -> As.user("clerk", () -> desk.publish(number)));
        assertThrows(EJBAccessException.class, () -> As.user("office", () -> desk.publish(number)));
        assertThrows(EJBAccessException.class, () -> desk.publish(number));
        assertThrows(EJBAccessException.class, () -> As.user("zhangsan", () -> desk.inbox()));
        assertThrows(EJBAccessException.class, () -> desk.answer(number, "访客不能答复"));
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_question WHERE number = '" + number
                + "' AND status = 'ANSWERED'"));
        assertFalse(numbers(faq(MATTER)).contains(number));
    }

    @Test
    void onlyAnAnsweredQuestionIsPublishedAndAnsweredOnlyOnce() throws Exception {
        String open = consultations.ask(MATTER, "施工许可可以加急办理吗？", "钱七", null).question().getNumber();
        assertConflict(() -> As.user("deptadmin", () -> desk.publish(open)));

        As.user("clerk", () -> desk.answer(open, "不设加急，承诺时限内办结。"));
        assertConflict(() -> As.user("reviewer", () -> desk.answer(open, "再答一次")));
        assertConflict(() -> As.user("deptadmin", () -> desk.withdraw(open)));
        assertEquals("不设加急，承诺时限内办结。",
                As.user("clerk", () -> desk.answered()).stream().filter(q -> q.getNumber().equals(open))
                        .findFirst().orElseThrow().getAnswer());
    }

    @Test
    void twoStaffAnsweringAtOnceExactlyOneSucceeds() throws Exception {
        String number = consultations.ask(MATTER, "施工许可证遗失了怎么办？", "孙八", null).question().getNumber();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String staff : List.of("clerk", "reviewer")) {
                Callable<String> answer = () -> {
                    start.await();
                    try {
                        As.user(staff, () -> desk.answer(number, staff + " 的答复：可申请补办。"));
                        return "answered";
                    } catch (BusinessException e) {
                        return e.reason().name();
                    }
                };
                results.add(pool.submit(answer));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertEquals(List.of("CONFLICT", "answered"), outcomes.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_event e JOIN consultation_question q "
                + "ON q.id = e.question_id WHERE q.number = '" + number + "' AND e.to_status = 'ANSWERED'"));
    }

    @Test
    void anOfflineOnlyMatterCanBeAskedAbout() throws Exception {
        Question question = consultations.ask(OFFLINE_MATTER, "焰火燃放许可需要提前多少天申请？", "周九", null).question();
        assertEquals("GAJ", question.getDepartment().getCode());
        assertEquals(QuestionStatus.OPEN, question.getStatus());
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndNothingIsStored() throws Exception {
        long questions = count("SELECT COUNT(*) FROM consultation_question");
        long events = count("SELECT COUNT(*) FROM consultation_event");
        String valid = "施工许可需要多长时间？";

        assertInvalid(() -> consultations.ask(MATTER, "太短了", "李四", null), "consultation.text.tooShort");
        assertInvalid(() -> consultations.ask(MATTER, "   \n ", "李四", null), "consultation.text.required");
        assertInvalid(() -> consultations.ask(MATTER, null, "李四", null), "consultation.text.required");
        assertInvalid(() -> consultations.ask(MATTER, "问".repeat(1001), "李四", null), "consultation.text.tooLong");
        assertInvalid(() -> consultations.ask(MATTER, "问题里\u0000有控制字符", "李四", null),
                "consultation.text.controlCharacters");
        assertInvalid(() -> consultations.ask(MATTER, valid, "  ", null), "consultation.name.required");
        assertInvalid(() -> consultations.ask(MATTER, valid, "李四", "12345"), "consultation.contact.invalid");
        assertInvalid(() -> consultations.ask(" ", valid, "李四", null), "consultation.matterMissing");
        assertInvalid(() -> consultations.ask(MATTER, "短", null, "not@mail"), "consultation.text.tooShort",
                "consultation.name.required", "consultation.contact.invalid");
        assertNotFound(() -> consultations.ask("NOPE-999", valid, "李四", null));
        assertNotFound(() -> consultations.faq("NOPE-999"));

        assertInvalid(() -> As.user("clerk", () -> desk.answer("ZX-20000101-00000000", " ")), "consultation.answer.required");
        assertNotFound(() -> As.user("clerk", () -> desk.answer("ZX-20000101-00000000", "一个答复")));
        assertNotFound(() -> As.user("deptadmin", () -> desk.publish("ZX-20000101-00000000")));

        assertEquals(questions, count("SELECT COUNT(*) FROM consultation_question"));
        assertEquals(events, count("SELECT COUNT(*) FROM consultation_event"));
    }

    @Test
    void publishedTextIsShownAsTextOnTheGuidePageAndInTheJson() throws Exception {
        String script = "<script>alert(1)</script>";
        String number = answered(ESCAPING_MATTER, script, "<b>粗体</b>\n第二行 & 更多");
        As.user("deptadmin", () -> desk.publish(number));

        var page = Http.send(Http.request("/matter.xhtml?code=" + ESCAPING_MATTER).header("Accept-Language", "zh-CN").GET());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"faq-" + number + "\""), "the entry is on the guide page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the question is shown as text");
        assertFalse(html.contains(script), "the question is never markup");
        assertTrue(html.contains("&lt;b&gt;粗体&lt;/b&gt;"));
        assertFalse(html.contains("<b>粗体</b>"));
        assertTrue(html.contains("第二行 &amp; 更多"));

        var json = Http.send(Http.request("/api/v1/matters/" + ESCAPING_MATTER + "/faq").GET());
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject entry = Json.createReader(new StringReader(json.body())).readObject().getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("number").equals(number))
                .findFirst().orElseThrow();
        assertEquals(script, entry.getString("question"), "JSON carries the text as a string value");
        assertEquals("<b>粗体</b>\n第二行 & 更多", entry.getString("answer"));
        assertEquals(java.util.Set.of("number", "question", "answer", "department", "departmentName", "answeredAt",
                "publishedAt"), entry.keySet(), "the asker is never public");

        var unknown = Http.send(Http.request("/api/v1/matters/NOPE-999/faq").GET());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void everyStepIsRecordedWithWhoWhenAndWhere() throws Exception {
        OffsetDateTime before = OffsetDateTime.now();
        String number = answered(MATTER, "施工许可可以网上全程办理吗？", "可以，全程网办。");
        As.user("deptadmin", () -> desk.publish(number));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.to_status, e.actor_name, e.source_address, e.occurred_at, "
                        + "e.from_status FROM consultation_event e JOIN consultation_question q ON q.id = e.question_id "
                        + "WHERE q.number = ?1 ORDER BY e.occurred_at, e.id")
                .setParameter(1, number).getResultList();
        assertEquals(List.of("OPEN", "ANSWERED", "PUBLISHED"), rows.stream().map(r -> (String) r[0]).toList());
        assertEquals(List.of("李四", "李受理", "陈业务"), rows.stream().map(r -> (String) r[1]).toList());
        assertTrue(rows.stream().allMatch(r -> r[2] != null), "every step has its source address");
        assertNull(rows.get(0)[4]);
        assertEquals("ANSWERED", rows.get(2)[4]);
        assertTrue(rows.stream().allMatch(r -> !toOffset(r[3]).isBefore(before.minusSeconds(5))));
    }

    /** A visitor's question on the matter, answered by the ZJJ clerk. */
    private String answered(String matter, String text, String answer) throws Exception {
        String number = consultations.ask(matter, text, "李四", null).question().getNumber();
        As.user("clerk", () -> desk.answer(number, answer));
        return number;
    }

    private List<Question> faq(String matter) {
        return consultations.faq(matter);
    }

    private static List<String> numbers(List<Question> questions) {
        return questions.stream().map(Question::getNumber).toList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant t) {
            return t.atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("A time of " + value.getClass());
    }

    private static void assertInvalid(Executable call, String... keys) {
        var refused = assertThrows(BusinessException.class, call);
        assertEquals(BusinessException.Reason.INVALID, refused.reason());
        assertEquals(List.of(keys), refused.violations().stream().map(Violation::key).toList());
    }

    private static void assertNotFound(Executable call) {
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class, call).reason());
    }

    private static void assertConflict(Executable call) {
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class, call).reason());
    }
}
