package cn.tongban.it.notices;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Step;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.it.SampleForms;
import cn.tongban.notices.boundary.NoticeVerification;
import cn.tongban.notices.boundary.Notices;
import cn.tongban.notices.entity.Notice;
import cn.tongban.notices.entity.NoticeKind;
import cn.tongban.notifications.boundary.Inbox;
import cn.tongban.notifications.entity.InboxMessage;
import cn.tongban.platform.entity.BusinessException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJB;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notices and notifications (结果反馈, 第四条) on the server: a step issues its notice and the applicant's
 * inbox message; the e-mail reaches a real SMTP server (GreenMail, started in the server's JVM on the port
 * arquillian.xml gives the mail session) with the notice attached; only those involved download a notice;
 * anyone verifies one by number and code.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

    /** The SMTP port of the server's mail session in the tests (arquillian.xml: -Dtongban.smtp.port). */
    static final int SMTP_PORT = 3025;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWithTests(NoticesIT.class.getPackage());
        // GreenMail runs inside the server next to the test; its JUnit rules are left out (no JUnit 4 there)
        ear.getAsType(WebArchive.class, Deployments.TEST_WAR)
                .addPackages(true, path -> !path.get().contains("/junit"), "com.icegreen.greenmail");
        return ear;
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    Notices notices;

    @EJB
    Inbox inbox;

    @Test
    void acceptanceIssuesTheNoticePostsToTheInboxAndMailsThePdf() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long unread = As.user("zhangsan", () -> inbox.unread());
            String receipt = submit();
            assertEquals(unread, As.user("zhangsan", () -> inbox.unread()), "submission is no step to notify of");

            As.user("clerk", () -> workflow.accept(receipt, "材料齐全，予以受理"));

            List<Notice> issued = As.user("zhangsan", () -> notices.ofApplication(receipt));
            assertEquals(1, issued.size());
            Notice notice = issued.get(0);
            assertEquals(NoticeKind.ACCEPTANCE, notice.getKind());
            assertEquals(receipt + "-N1", notice.getNumber());

            assertEquals(unread + 1, As.user("zhangsan", () -> inbox.unread()));
            InboxMessage message = message(receipt, Step.ACCEPTED);
            assertEquals(notice.getNumber(), message.getNoticeNumber());
            assertTrue(message.isUnread());

            MimeMessage mail = mailAbout(smtp, receipt);
            assertEquals("zhangsan@example.cn", mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().contains("受理通知"), mail.getSubject());
            Multipart parts = (Multipart) mail.getContent();
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("已受理"), "the Chinese text");
            Part attachment = parts.getBodyPart(1);
            assertEquals(notice.getNumber() + ".pdf", attachment.getFileName());
            assertTrue(attachment.isMimeType("application/pdf"));
            byte[] pdf = attachment.getInputStream().readAllBytes();
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            assertTrue(text.contains("受理通知书"), text);
            assertTrue(text.contains(receipt), "the receipt number in the attached notice");
            assertTrue(text.contains(notice.getVerificationCode()));
            assertTrue(text.contains("材料齐全，予以受理"), "the clerk's opinion");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void onlyTheApplicantAndTheDepartmentsInvolvedMayDownloadANotice() throws Exception {
        String receipt = submit();
        As.user("clerk", () -> workflow.accept(receipt, null));
        String number = receipt + "-N1";

        byte[] applicants = As.user("zhangsan", () -> notices.download(number)).content();
        assertTrue(new PdfTextExtractor(new PdfReader(applicants)).getTextFromPage(1).contains(receipt));
        byte[] departments = As.user("clerk", () -> notices.download(number)).content();
        assertTrue(new PdfTextExtractor(new PdfReader(departments)).getTextFromPage(1).contains(receipt), "the department's staff");
        for (String stranger : List.of("qiye", "swuj.clerk")) {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> As.user(stranger, () -> notices.download(number)), stranger);
            assertEquals(BusinessException.Reason.NOT_FOUND, refused.reason(), stranger);
        }
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> As.user("zhangsan", () -> notices.download(receipt + "-N9"))).reason());
        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> As.user("qiye", () -> notices.ofApplication(receipt))).reason());

        HttpResponse<String> anonymous = Http.send(Http.request("/notices/" + number).GET());
        assertFalse(anonymous.statusCode() == 200 && anonymous.body().startsWith("%PDF"), "sign-in first");
    }

    @Test
    void aNoticeIsVerifiedByItsNumberAndCodeAndAWrongCodeReadsLikeAnUnknownNumber() throws Exception {
        String receipt = submit();
        As.user("clerk", () -> workflow.accept(receipt, null));
        As.user("reviewer", () -> workflow.review(task(receipt, "reviewer", TaskKind.REVIEW).getId(), "同意"));
        As.user("approver", () -> workflow.decide(receipt, true, "准予许可", "《建筑法》第八条"));
        List<Notice> issued = As.user("zhangsan", () -> notices.ofApplication(receipt));
        assertEquals(List.of(NoticeKind.ACCEPTANCE, NoticeKind.APPROVAL), issued.stream().map(Notice::getKind).toList(),
                "the review issues no notice");
        Notice approval = issued.get(1);
        assertEquals(receipt + "-N2", approval.getNumber());
        String text = new PdfTextExtractor(new PdfReader(As.user("approver", () -> notices.download(approval.getNumber()))
                .content())).getTextFromPage(1);
        assertTrue(text.contains("准予行政许可决定书") && text.contains("《建筑法》第八条"), text);

        Optional<NoticeVerification> genuine = notices.verify(approval.getNumber(), approval.getVerificationCode().toLowerCase());
        assertTrue(genuine.isPresent(), "anyone, signed in or not, and in any case");
        assertEquals(NoticeKind.APPROVAL, genuine.get().kind());
        assertEquals(receipt, genuine.get().receiptNumber());
        String wrong = approval.getVerificationCode().startsWith("A") ? "BBBBBBBB" : "AAAAAAAA";
        assertEquals(Optional.empty(), notices.verify(approval.getNumber(), wrong));
        assertEquals(Optional.empty(), notices.verify(receipt + "-N7", approval.getVerificationCode()));
        assertEquals(BusinessException.Reason.INVALID,
                assertThrows(BusinessException.class, () -> notices.verify(approval.getNumber(), " ")).reason());

        String page = "/verify.xhtml?number=" + URLEncoder.encode(approval.getNumber(), StandardCharsets.UTF_8) + "&code=";
        String shown = Http.send(Http.request(page + approval.getVerificationCode()).GET()).body();
        assertTrue(shown.contains("id=\"genuine\"") && shown.contains(receipt), "the QR code's link confirms it");
        String refused = Http.send(Http.request(page + wrong).GET()).body();
        assertTrue(refused.contains("id=\"unknown\"") && !refused.contains("id=\"genuine\""));

        String api = "/api/v1/notices/verification?number=" + URLEncoder.encode(approval.getNumber(), StandardCharsets.UTF_8) + "&code=";
        HttpResponse<String> confirmed = Http.send(Http.request(api + approval.getVerificationCode()).GET());
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("\"kind\":\"APPROVAL\"") && confirmed.body().contains(receipt), confirmed.body());
        HttpResponse<String> notConfirmed = Http.send(Http.request(api + wrong).GET());
        assertEquals(404, notConfirmed.statusCode());
        assertFalse(notConfirmed.body().contains(receipt), "a wrong code reveals nothing");
        assertEquals(400, Http.send(Http.request(api).GET()).statusCode(), "the code missing");
    }

    @Test
    void aCorrectionAndARefusalEachIssueTheirNoticeAndTheInboxIsTheApplicantsOwn() throws Exception {
        String receipt = submit();
        As.user("clerk", () -> workflow.requestCorrection(receipt, "请补充施工合同复印件"));
        As.user("zhangsan", () -> applications.resubmit(receipt, SampleForms.constructionPermit()));
        As.user("clerk", () -> workflow.refuse(receipt, "不属于本部门职权范围", "《行政许可法》第三十二条第一款第（二）项"));

        List<Notice> issued = As.user("zhangsan", () -> notices.ofApplication(receipt));
        assertEquals(List.of(NoticeKind.CORRECTION, NoticeKind.NON_ACCEPTANCE), issued.stream().map(Notice::getKind).toList());
        String correction = new PdfTextExtractor(new PdfReader(As.user("zhangsan",
                () -> notices.download(issued.get(0).getNumber())).content())).getTextFromPage(1);
        assertTrue(correction.contains("补正告知书") && correction.contains("请补充施工合同复印件"), correction);
        String refusal = new PdfTextExtractor(new PdfReader(As.user("zhangsan",
                () -> notices.download(issued.get(1).getNumber())).content())).getTextFromPage(1);
        assertTrue(refusal.contains("不予受理决定书") && refusal.contains("第三十二条第一款"), refusal);

        assertEquals(issued.get(0).getNumber(), message(receipt, Step.CORRECTION_REQUESTED).getNoticeNumber());
        InboxMessage refused = message(receipt, Step.NOT_ACCEPTED);
        assertFalse(As.user("zhangsan", () -> inbox.messages()).stream()
                .anyMatch(m -> m.getReceiptNumber().equals(receipt) && m.getStep() == Step.RESUBMITTED), "the applicant's own step");

        assertEquals(BusinessException.Reason.NOT_FOUND, assertThrows(BusinessException.class,
                () -> As.user("qiye", () -> inbox.markRead(refused.getId()))).reason(), "another's message");
        assertTrue(message(receipt, Step.NOT_ACCEPTED).isUnread(), "and it stays unread");
        long unread = As.user("zhangsan", () -> inbox.unread());
        As.user("zhangsan", () -> inbox.markRead(refused.getId()));
        assertFalse(message(receipt, Step.NOT_ACCEPTED).isUnread());
        assertEquals(unread - 1, As.user("zhangsan", () -> inbox.unread()));
        As.user("zhangsan", () -> inbox.markAllRead());
        assertEquals(0, As.user("zhangsan", () -> inbox.unread()));
        assertNotEquals(0, As.user("zhangsan", () -> inbox.messages()).size());
    }

    @Test
    void completionAndWithdrawalAreAcknowledgedWithoutANotice() throws Exception {
        String receipt = submit();
        As.user("zhangsan", () -> applications.withdraw(receipt, "项目暂缓"));
        assertNull(message(receipt, Step.WITHDRAWN).getNoticeNumber());
        assertEquals(List.of(), As.user("zhangsan", () -> notices.ofApplication(receipt)));
    }

    @Test
    void thePortalShowsTheInboxAndTheNoticeLinksAndServesThePdfToTheApplicantOnly() throws Exception {
        String receipt = submit();
        As.user("clerk", () -> workflow.accept(receipt, null));
        String number = receipt + "-N1";

        HttpClient zhangsan = signedIn("zhangsan", "/applicant/inbox.xhtml");
        String inboxPage = page(zhangsan, "/applicant/inbox.xhtml");
        assertTrue(inboxPage.contains(receipt) && inboxPage.contains("/notices/" + number), "the message and its notice");
        assertTrue(inboxPage.contains("id=\"unreadCount\""), "the unread count in the header");
        assertTrue(page(zhangsan, "/applicant/applications.xhtml").contains("/notices/" + number), "the link on 我的办件");
        HttpResponse<byte[]> pdf = zhangsan.send(Http.request("/notices/" + number).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).contains(receipt));

        HttpClient qiye = signedIn("qiye", "/notices/" + number);
        assertEquals(404, qiye.send(Http.request("/notices/" + number).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "another applicant");
    }

    /** A browser-like client signed in through the portal's login form, after asking for a protected page. */
    private static HttpClient signedIn(String username, String protectedPath) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        page(client, protectedPath);
        String form = "j_username=" + username + "&j_password=" + URLEncoder.encode(As.DEMO_PASSWORD, StandardCharsets.UTF_8);
        client.send(Http.request("/j_security_check").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private static String page(HttpClient client, String path) throws Exception {
        return client.send(Http.request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private String submit() throws Exception {
        return As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit())
                .getReceiptNumber().value());
    }

    private InboxMessage message(String receipt, Step step) throws Exception {
        return As.user("zhangsan", () -> inbox.messages()).stream()
                .filter(m -> m.getReceiptNumber().equals(receipt) && m.getStep() == step)
                .findFirst().orElseThrow(() -> new AssertionError("no " + step + " message on " + receipt));
    }

    private Task task(String receipt, String staff, TaskKind kind) throws Exception {
        return As.user(staff, () -> workflow.departmentTasks()).stream()
                .filter(t -> t.getApplication().getReceiptNumber().value().equals(receipt) && t.getKind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " of " + receipt + " not in " + staff + "'s work list"));
    }

    /** The mail about an application, once it has arrived: sent after the step's commit, on another thread. */
    private static MimeMessage mailAbout(GreenMail smtp, String receipt) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().contains(receipt)) {
                    return m;
                }
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail about " + receipt + " arrived");
    }
}
