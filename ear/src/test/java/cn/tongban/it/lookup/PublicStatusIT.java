package cn.tongban.it.lookup;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.applications.entity.Step;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.lookup.boundary.PublicStatus;
import cn.tongban.lookup.entity.PublicStatusView;
import cn.tongban.lookup.entity.TooManyLookups;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public status lookup through the service layer: the query code given once at submission, the public
 * timeline, one answer for every miss, and the throttle (结果反馈, 第四条; 第二十一条). Each test looks up from an
 * address of its own, so that the throttle of one does not reach another.
 */
@ExtendWith(ArquillianExtension.class)
class PublicStatusIT {

    private static final String INTERNAL_OPINION = "内部审查意见：容积率核算需复核";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PublicStatusIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    PublicStatus publicStatus;

    @Inject
    RequestOrigin origin;

    @Test
    void theCodeIsGivenOnceAndShowsThePublicTimelineWithoutInternalOpinions() throws Exception {
        origin.address(anotherAddress());
        Application submitted = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()));
        String receipt = submitted.getReceiptNumber().value();
        String code = submitted.getIssuedQueryCode();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
        assertNull(As.user("zhangsan", () -> applications.byReceiptNumber(receipt)).getIssuedQueryCode(),
                "the code is never read back");

        As.user("clerk", () -> workflow.accept(receipt, "材料齐全，予以受理"));
        Task review = task(receipt, "reviewer", TaskKind.REVIEW);
        As.user("reviewer", () -> workflow.review(review.getId(), INTERNAL_OPINION));

        PublicStatusView view = publicStatus.status(receipt.toLowerCase(Locale.ROOT), " " + code.toLowerCase(Locale.ROOT) + " ");
        assertEquals(receipt, view.receiptNumber());
        assertEquals("ZJJ-001", view.matterCode());
        assertEquals("ZJJ", view.departmentCode());
        assertEquals(ApplicationStatus.UNDER_REVIEW, view.status());
        assertTrue(view.promisedDays() > 0);
        assertEquals(List.of(Step.SUBMITTED, Step.ACCEPTED, Step.REVIEW_STARTED, Step.REVIEWED),
                view.timeline().stream().map(PublicStatusView.Line::step).toList());
        assertEquals("材料齐全，予以受理", view.timeline().get(1).opinion(), "a public opinion is shown");
        assertNull(view.timeline().get(3).opinion(), "a review's opinion stays inside the departments");
        assertEquals("ZJJ", view.timeline().get(3).departmentCode());
        String everything = view.toString();
        assertFalse(everything.contains(INTERNAL_OPINION), everything);
        assertFalse(everything.contains("王审核") || everything.contains("李受理"), "no staff names: " + everything);
        assertFalse(everything.contains(origin.address()), "no source addresses: " + everything);
    }

    @Test
    void aWrongCodeAnUnknownNumberAndAMalformedOneAnswerAlike() throws Exception {
        origin.address(anotherAddress());
        Application submitted = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()));
        String receipt = submitted.getReceiptNumber().value();
        String unknown = ReceiptNumber.issue(LocalDate.of(2020, 1, 1), "ZJJ", new SplittableRandom()).value();

        BusinessException wrongCode = assertThrows(BusinessException.class,
                () -> publicStatus.status(receipt, otherThan(submitted.getIssuedQueryCode())));
        BusinessException unknownNumber = assertThrows(BusinessException.class,
                () -> publicStatus.status(unknown, submitted.getIssuedQueryCode()));
        BusinessException malformed = assertThrows(BusinessException.class,
                () -> publicStatus.status("no-such-number", submitted.getIssuedQueryCode()));
        for (BusinessException miss : List.of(wrongCode, unknownNumber, malformed)) {
            assertEquals(BusinessException.Reason.NOT_FOUND, miss.reason());
            assertEquals("lookup.notFound", miss.key());
            assertEquals(wrongCode.message(Locale.SIMPLIFIED_CHINESE), miss.message(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void afterFiveFailuresOnAReceiptNumberTheSixthIsRefusedEvenWithTheRightCode() throws Exception {
        origin.address(anotherAddress());
        Application submitted = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()));
        String receipt = submitted.getReceiptNumber().value();
        String code = submitted.getIssuedQueryCode();
        assertEquals(receipt, publicStatus.status(receipt, code).receiptNumber(), "a success does not count");
        for (int i = 0; i < 5; i++) {
            assertEquals("lookup.notFound", assertThrows(BusinessException.class,
                    () -> publicStatus.status(receipt, otherThan(code))).key());
        }
        TooManyLookups throttled = assertThrows(TooManyLookups.class, () -> publicStatus.status(receipt, code));
        assertTrue(throttled.retryAfter().compareTo(Duration.ZERO) > 0
                && throttled.retryAfter().compareTo(Duration.ofMinutes(15)) <= 0, throttled.retryAfter().toString());
        assertTrue(throttled.message(Locale.SIMPLIFIED_CHINESE).contains("分钟后再试"), throttled.message(Locale.SIMPLIFIED_CHINESE));

        origin.address(anotherAddress());
        assertThrows(TooManyLookups.class, () -> publicStatus.status(receipt, code), "the receipt number is throttled from anywhere");
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedForEveryReceiptNumber() throws Exception {
        origin.address(anotherAddress());
        Application submitted = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()));
        String receipt = submitted.getReceiptNumber().value();
        String code = submitted.getIssuedQueryCode();
        for (int i = 0; i < 20; i++) {
            String guess = "guess-" + i;
            assertEquals("lookup.notFound", assertThrows(BusinessException.class, () -> publicStatus.status(guess, code)).key());
        }
        assertThrows(TooManyLookups.class, () -> publicStatus.status(receipt, code), "the right code is refused from this address");

        origin.address(anotherAddress());
        assertEquals(receipt, publicStatus.status(receipt, code).receiptNumber(), "another address goes ahead");
    }

    @Test
    void emptyFieldsAreInvalidAndDoNotCount() throws Exception {
        origin.address(anotherAddress());
        Application submitted = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()));
        String receipt = submitted.getReceiptNumber().value();
        for (int i = 0; i < 6; i++) {
            BusinessException invalid = assertThrows(BusinessException.class, () -> publicStatus.status(receipt, " "));
            assertEquals(BusinessException.Reason.INVALID, invalid.reason());
            assertEquals("queryCode", invalid.violations().get(0).field());
        }
        assertEquals(2, assertThrows(BusinessException.class, () -> publicStatus.status(null, null)).violations().size());
        assertEquals(receipt, publicStatus.status(receipt, submitted.getIssuedQueryCode()).receiptNumber());
    }

    @Test
    void theOwnerReplacesALostCodeAndNobodyElseCan() throws Exception {
        origin.address(anotherAddress());
        Application submitted = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit()));
        String receipt = submitted.getReceiptNumber().value();
        String old = submitted.getIssuedQueryCode();

        BusinessException stranger = assertThrows(BusinessException.class,
                () -> As.user("qiye", () -> applications.reissueQueryCode(receipt)));
        assertEquals(BusinessException.Reason.NOT_FOUND, stranger.reason());
        assertEquals(receipt, publicStatus.status(receipt, old).receiptNumber(), "a refused reissue changes nothing");

        String renewed = As.user("zhangsan", () -> applications.reissueQueryCode(receipt));
        assertNotEquals(old, renewed);
        assertEquals(receipt, publicStatus.status(receipt, renewed).receiptNumber());
        assertEquals("lookup.notFound", assertThrows(BusinessException.class, () -> publicStatus.status(receipt, old)).key(),
                "the old code stops working");
    }

    private Task task(String receipt, String staff, TaskKind kind) throws Exception {
        return As.user(staff, () -> workflow.departmentTasks()).stream()
                .filter(t -> t.getApplication().getReceiptNumber().value().equals(receipt) && t.getKind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(kind + " of " + receipt + " not in " + staff + "'s work list"));
    }

    /** A code of the right shape that is not the given one. */
    static String otherThan(String code) {
        return (code.charAt(0) == '2' ? '3' : '2') + code.substring(1);
    }

    /** An address from the documentation range (RFC 3849), different for every test. */
    private static String anotherAddress() {
        var random = ThreadLocalRandom.current();
        return "2001:db8::" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":" + Integer.toHexString(random.nextInt(1, 0xffff));
    }
}
