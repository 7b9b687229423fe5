package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * Change management in a real browser (第十六、十七条): the business owner of 住建局 asks to change the department's
 * interface endpoint, the service office and then the IT office approve it on their page, and the business owner
 * sees it applied with its history; a planned upgrade filed too early is refused with the earliest day, then filed
 * and acknowledged by the service office. Screenshots in {@code target/screenshots/change-*}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangesJourneyIT {

    private static final String ZJJ_ENDPOINT = "department.ZJJ.interface-endpoint";
    private static final String REASON = "住建局业务系统迁移至市政务云，接口地址随之变更。";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aBusinessOwnerRequestsBothOfficesApproveAndTheValueTakesEffect() throws IOException {
        String endpoint = "https://zjj-" + UUID.randomUUID().toString().substring(0, 8) + ".example.gov.cn/tongban";
        try (Browser browser = new Browser("change-request")) {
            browser.signIn("deptadmin");
            openChanges(browser);
            browser.choose("request:setting", ZJJ_ENDPOINT);
            browser.wait.until(visibilityOfElementLocated(By.id("currentValue")));
            browser.type(By.id("request:proposedValue"), endpoint);
            browser.click(By.id("request:file"));
            // no reason given: refused, with what to correct
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "变更理由"));
            browser.screenshot("reason-missing");

            browser.type(By.id("request:reason"), REASON);
            browser.screenshot("request-form");
            browser.click(By.id("request:file"));
            String id = number(browser, "变更申请 (\\d+) 已提交");
            assertEquals("待审批", status(browser, id));
            browser.screenshot("request-filed");
            browser.signOut();

            browser.signIn("office");
            openChanges(browser);
            browser.type(By.cssSelector("textarea.comment-" + id), "同意，请做好切换期间的衔接。");
            browser.screenshot("office-awaiting");
            browser.click(By.cssSelector("button.approve-" + id));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已批准变更申请 " + id));
            assertEquals("待审批", status(browser, id));
            browser.screenshot("office-approved");
            browser.signOut();

            browser.signIn("itoffice");
            openChanges(browser);
            browser.click(By.cssSelector("button.approve-" + id));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已生效"));
            assertEquals("已生效", status(browser, id));
            browser.screenshot("it-office-applied");
            browser.signOut();

            browser.signIn("deptadmin");
            openChanges(browser);
            assertEquals("已生效", status(browser, id));
            browser.click(By.xpath("//tr[.//span[@data-request='" + id + "']]//*[contains(@class, 'ui-row-toggler')]"));
            browser.wait.until(textToBePresentInElementLocated(By.id("requests"), "吴信息办"));
            String history = browser.driver.findElement(By.id("requests")).getText();
            assertTrue(history.contains("黄服务办") && history.contains("同意，请做好切换期间的衔接。"), history);
            browser.screenshot("history");
        }
    }

    @Test
    void anUpgradeFiledTooEarlyIsRefusedThenFiledAndAcknowledged() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate earliest = workingDaysAfter(today, 5);
        String summary = "审批业务系统升级 " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("change-upgrade")) {
            browser.signIn("deptadmin");
            openChanges(browser);
            assertTrue(browser.driver.findElement(By.id("earliestStart")).getText().contains(earliest.toString()));
            fillUpgrade(browser, summary, workingDaysAfter(today, 4).atTime(9, 0));
            browser.screenshot("upgrade-form");
            browser.click(By.id("upgrade:fileUpgrade"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "最早可安排在 " + earliest));
            browser.screenshot("upgrade-too-early");

            openChanges(browser);
            fillUpgrade(browser, summary, earliest.atTime(9, 0));
            browser.click(By.id("upgrade:fileUpgrade"));
            String id = number(browser, "升级改造报备 (\\d+) 已提交");
            browser.wait.until(textToBePresentInElementLocated(By.id("filings"), summary));
            browser.screenshot("upgrade-filed");
            browser.signOut();

            browser.signIn("office");
            openChanges(browser);
            browser.click(By.cssSelector("button.acknowledge-" + id));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已确认升级改造报备 " + id));
            browser.screenshot("upgrade-acknowledged");
        }
    }

    private static void openChanges(Browser browser) {
        browser.click(By.id("changesLink"));
        browser.wait.until(textToBe(By.tagName("h1"), "变更管理"));
    }

    /** Fills the upgrade form: a four-hour upgrade from the start, typed into the date pickers as a user would. */
    private static void fillUpgrade(Browser browser, String summary, LocalDateTime start) {
        browser.type(By.id("upgrade:summary"), summary);
        browser.type(By.id("upgrade:plannedStart_input"), INPUT.format(start));
        browser.type(By.id("upgrade:plannedEnd_input"), INPUT.format(start.plusHours(4)));
        browser.type(By.id("upgrade:impact"), "升级期间住建局事项的网上受理暂停约 4 小时。");
        browser.type(By.id("upgrade:contact"), "陈业务 0769-22220000");
    }

    /** The number a page message announces, once it is there. */
    private static String number(Browser browser, String message) {
        Pattern pattern = Pattern.compile(message);
        return browser.wait.withMessage(() -> "page messages: " + browser.driver.findElement(By.id("messages")).getText()).until(driver -> {
            Matcher matcher = pattern.matcher(driver.findElement(By.id("messages")).getText());
            return matcher.find() ? matcher.group(1) : null;
        });
    }

    private static String status(Browser browser, String id) {
        return browser.wait.until(visibilityOfElementLocated(By.cssSelector("span.change-status[data-request='" + id + "']")))
                .getText().strip();
    }

    /** The official calendar's answer, as the public API gives it (第十七条 counts on it). */
    private static LocalDate workingDaysAfter(LocalDate day, int count) {
        try {
            var answer = Http.send(Http.request("/api/v1/calendar/working-days?from=" + day + "&days=" + count).GET());
            assertEquals(200, answer.statusCode(), answer.body());
            Matcher due = Pattern.compile("\"due\":\"([0-9-]+)\"").matcher(answer.body());
            assertTrue(due.find(), answer.body());
            return LocalDate.parse(due.group(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
