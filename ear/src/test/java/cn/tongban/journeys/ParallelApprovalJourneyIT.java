package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * 并联审批 (第六条) in a real browser against the real EAR: an applicant applies for a matter three branches
 * examine; the lead department's clerk accepts it; the 前置 branch answers first, then the water bureau and the
 * civil air defence branch (handed over from one reviewer to another); the lead's reviewer gives the review
 * opinion; the leader reads every branch's opinion and approves; the clerk completes it; and the applicant sees
 * each department's branch on the timeline. A second journey covers 补正 and 撤回 from the applicant's side.
 * Screenshots go to {@code target/screenshots/<journey>/}; each test opens its own browser and makes its own
 * applications, so no test depends on another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParallelApprovalJourneyIT {

    private static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String FIRE = "特殊建设工程消防设计审查";
    private static final String AIR_DEFENCE = "结合民用建筑修建防空地下室审批（人防）";
    private static final String DRAINAGE = "城镇污水排入排水管网许可（施工临时排水）";
    private static final String FIRE_OPINION = "消防设计审查合格，同意。";
    private static final String DRAINAGE_OPINION = "同意施工临时排水接入市政管网。";
    private static final String AIR_DEFENCE_OPINION = "结建防空地下室面积符合要求，同意。";

    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path screenshots;
    private int step;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("tongban-chromium-");
        browser = Browser.chromium(profile, "1280,900");
        wait = new WebDriverWait(browser, TIMEOUT);
        // Chromium may report a node that an AJAX update just replaced as an "inspector error": poll again.
        wait.ignoring(WebDriverException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            Browser.deleteRecursively(profile);
        }
    }

    @Test
    void threeDepartmentsExamineInParallelAndTheLeadDecides() {
        screenshotsInto("parallel-approval");

        // The applicant applies online.
        signIn("zhangsan");
        browser.get(BASE + "applicant/apply.xhtml?code=ZJJ-003");
        wait.until(visibilityOfElementLocated(By.id("apply:submit")));
        fillIn(SampleForms.parallelConstruction());
        screenshot("applicant-form-filled");
        click(By.id("apply:submit"));
        String receipt = wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
        assertTrue(receipt.matches("\\d{8}-ZJJ-[0-9A-Z]{9}"), "receipt number: " + receipt);
        screenshot("applicant-applied");
        signOut();

        // The lead department's clerk accepts it on the task page, reached from the department's work list.
        signIn("clerk");
        handle("department", receipt, "受理");
        assertEquals("张三", text(By.id("applicant")));
        assertEquals("松山湖科技园三期研发楼", text(By.cssSelector("dd[data-field='projectName']")));
        type(By.id("task:acceptOpinion"), "材料齐全，并联受理。");
        screenshot("clerk-task-page");
        click(By.id("task:accept"));
        waitForMessage("已受理");
        wait.until(textToBe(By.id("applicationStatus"), "已受理"));
        assertTrue(text(By.id("tasks")).contains(FIRE + "【前置】"), "the 前置 branch is marked");
        screenshot("clerk-accepted");
        signOut();

        // The lead's reviewer claims the 前置 branch and agrees.
        signIn("reviewer");
        openWorklist();
        assertFalse(row("department", receipt, AIR_DEFENCE).isPresent(), "the other branches wait for the 前置 one");
        click(within(rowXpath("department", receipt, FIRE), "button", "claim"));
        wait.until(presenceOfElementLocated(rowLocator("mine", receipt, FIRE)));
        screenshot("reviewer-claimed-prerequisite");
        click(within(rowXpath("mine", receipt, FIRE), "a", "handle"));
        wait.until(visibilityOfElementLocated(By.id("task:agree")));
        click(By.id("task:agree"));
        waitForMessage("「意见」为必填项");
        screenshot("reviewer-opinion-missing");
        type(By.id("task:branchOpinion"), FIRE_OPINION);
        click(By.id("task:agree"));
        waitForMessage("同意意见");
        wait.until(textToBePresentInElementLocated(By.id("tasks"), FIRE_OPINION));
        screenshot("reviewer-agreed-prerequisite");

        // Now the civil air defence branch opens; the reviewer claims it and hands it to reviewer2.
        openWorklist();
        click(within(rowXpath("department", receipt, AIR_DEFENCE), "button", "claim"));
        String mine = rowXpath("mine", receipt, AIR_DEFENCE);
        wait.until(presenceOfElementLocated(By.xpath(mine)));
        type(within(mine, "input", "colleague"), "nobody.here");
        click(within(mine, "button", "hand-over"));
        waitForMessage("没有用户 nobody.here");
        assertTrue(row("mine", receipt, AIR_DEFENCE).isPresent(), "a refused hand-over changes nothing");
        screenshot("reviewer-hand-over-refused");
        type(within(mine, "input", "colleague"), "reviewer2");
        click(within(mine, "button", "hand-over"));
        waitForMessage("已转交");
        wait.until(d -> row("mine", receipt, AIR_DEFENCE).isEmpty());
        screenshot("reviewer-handed-over");
        signOut();

        // Another department's staff find the drainage branch in their work list and agree.
        signIn("swuj.reviewer");
        handle("department", receipt, DRAINAGE);
        type(By.id("task:branchOpinion"), DRAINAGE_OPINION);
        screenshot("water-bureau-task-page");
        click(By.id("task:agree"));
        waitForMessage("同意意见");
        screenshot("water-bureau-agreed");
        signOut();

        // reviewer2 finds the handed-over branch among their own tasks.
        signIn("reviewer2");
        handle("mine", receipt, AIR_DEFENCE);
        type(By.id("task:branchOpinion"), AIR_DEFENCE_OPINION);
        click(By.id("task:agree"));
        waitForMessage("同意意见");
        screenshot("air-defence-agreed");
        signOut();

        // The lead's reviewer claims the review, returns it to the department, then gives the review opinion.
        signIn("reviewer");
        openWorklist();
        click(within(rowXpath("department", receipt, "并联审查"), "button", "claim"));
        wait.until(presenceOfElementLocated(rowLocator("mine", receipt, "并联审查")));
        click(within(rowXpath("mine", receipt, "并联审查"), "button", "release"));
        waitForMessage("已退回部门待办");
        wait.until(d -> row("mine", receipt, "并联审查").isEmpty());
        assertTrue(text(rowLocator("department", receipt, "并联审查")).contains("未认领"));
        screenshot("reviewer-released-review");
        handle("department", receipt, "并联审查");
        type(By.id("task:reviewOpinion"), "三个并联环节均同意，建议准予。");
        click(By.id("task:review"));
        waitForMessage("审查意见已提交");
        screenshot("reviewer-reviewed");
        signOut();

        // The leader sees every branch's department, conclusion and opinion, and approves.
        signIn("approver");
        handle("department", receipt, "决定");
        String tasks = text(By.id("tasks"));
        for (String opinion : new String[] {FIRE_OPINION, DRAINAGE_OPINION, AIR_DEFENCE_OPINION}) {
            assertTrue(tasks.contains(opinion), "the lead sees " + opinion + " in " + tasks);
        }
        assertEquals(3, browser.findElements(By.cssSelector("#tasks tr.task-BRANCH.task-status-DONE")).size());
        assertEquals("东莞市水务局", browser.findElement(By.cssSelector("#tasks tr.task-BRANCH[data-department='SWUJ'] td:nth-child(2)"))
                .getText().strip());
        type(By.id("task:decisionOpinion"), "准予核发建筑工程施工许可证。");
        type(By.id("task:decisionBasis"), "《建筑法》第八条");
        screenshot("approver-sees-every-branch");
        click(By.id("task:approve"));
        waitForMessage("已准予许可");
        wait.until(textToBe(By.id("applicationStatus"), "准予许可"));
        screenshot("approver-approved");
        signOut();

        // The clerk completes it.
        signIn("clerk");
        browser.get(BASE + "staff/task.xhtml?receipt=" + receipt);
        click(By.id("completion:complete"));
        waitForMessage("已办结");
        wait.until(textToBe(By.id("applicationStatus"), "已办结"));
        screenshot("clerk-completed");
        signOut();

        // The applicant sees it completed, with each department's branch on the timeline.
        signIn("zhangsan");
        browser.get(BASE + "applicant/applications.xhtml");
        WebElement status = wait.until(visibilityOfElementLocated(By.cssSelector("span.status[data-receipt='" + receipt + "']")));
        assertEquals("已办结", status.getText().strip());
        click(By.xpath("//tr[.//span[@data-receipt='" + receipt + "']]//*[contains(@class, 'ui-row-toggler')]"));
        wait.until(textToBePresentInElementLocated(By.id("mine"), "《建筑法》第八条"));
        assertEquals(3, browser.findElements(By.cssSelector("li.step-BRANCH_AGREED")).size());
        assertTrue(text(By.cssSelector("li.step-BRANCH_AGREED[data-department='SWUJ']")).contains("东莞市水务局"));
        assertTrue(text(By.cssSelector("li.step-BRANCH_AGREED[data-department='SWUJ']")).contains(DRAINAGE));
        assertTrue(text(By.cssSelector("li.step-BRANCH_AGREED[data-department='SWUJ']")).contains("部门同意"));
        assertFalse(text(By.id("mine")).contains(FIRE_OPINION), "a branch's reasoning stays inside the departments");
        screenshot("applicant-sees-completed-timeline");
    }

    @Test
    void applicantCorrectsThenWithdraws() {
        screenshotsInto("correction-and-withdrawal");

        signIn("zhangsan");
        String receipt = applyForConstructionPermit();
        signOut();

        signIn("clerk");
        browser.get(BASE + "staff/task.xhtml?receipt=" + receipt);
        click(By.id("task:requestCorrection"));
        waitForMessage("「需补正的内容」为必填项");
        assertEquals("已提交", text(By.id("applicationStatus")), "a refused request changes nothing");
        type(By.id("task:items"), "请补充施工合同");
        click(By.id("task:requestCorrection"));
        waitForMessage("已通知办件");
        wait.until(textToBe(By.id("applicationStatus"), "待补正"));
        screenshot("clerk-requested-correction");
        signOut();

        signIn("zhangsan");
        browser.get(BASE + "applicant/applications.xhtml");
        wait.until(textToBePresentInElementLocated(By.cssSelector("div.correction[data-receipt='" + receipt + "']"), "请补充施工合同"));
        screenshot("applicant-sees-correction");
        click(By.cssSelector("a.correct-" + receipt));
        WebElement projectName = wait.until(visibilityOfElementLocated(By.cssSelector("[data-field='projectName']")));
        assertEquals(SampleForms.constructionPermit().getString("projectName"), projectName.getAttribute("value"),
                "the form is prefilled with what was submitted");
        assertEquals("请补充施工合同", text(By.id("correctionItems")));
        projectName.clear();
        click(By.id("correct:resubmit"));
        waitForMessage("「工程名称」为必填项");
        screenshot("correction-refused");
        type(By.cssSelector("[data-field='projectName']"), "东莞市示范住宅小区（补正）");
        click(By.id("correct:resubmit"));
        waitForMessage("已补正");
        screenshot("corrected");

        browser.get(BASE + "applicant/applications.xhtml");
        By status = By.cssSelector("span.status[data-receipt='" + receipt + "']");
        wait.until(textToBe(status, "已提交"));
        click(By.cssSelector("button.withdraw-" + receipt));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        waitForMessage("「撤回理由」为必填项");
        assertEquals("已提交", text(status));
        type(By.cssSelector("input.reason-" + receipt), "项目计划调整");
        click(By.cssSelector("button.withdraw-" + receipt));
        screenshot("withdraw-confirm");
        click(By.cssSelector(".ui-confirmdialog-yes"));
        waitForMessage("已撤回");
        wait.until(textToBe(status, "已撤回"));
        assertTrue(browser.findElements(By.cssSelector("button.withdraw-" + receipt)).isEmpty(), "no withdrawal after the end");
        screenshot("withdrawn");
    }

    @Test
    void clerkRefusesReviewerHoldsAnExpertReviewApproverRejects() {
        screenshotsInto("refusal-and-rejection");

        signIn("zhangsan");
        String refused = applyForConstructionPermit();
        String rejected = applyForConstructionPermit();
        signOut();

        // 不予受理 needs a reason and a legal basis.
        signIn("clerk");
        browser.get(BASE + "staff/task.xhtml?receipt=" + refused);
        type(By.id("task:refuseReason"), "申请事项不属于本部门职权范围");
        click(By.id("task:refuse"));
        waitForMessage("「法律依据」为必填项");
        assertEquals("已提交", text(By.id("applicationStatus")), "a refused refusal changes nothing");
        type(By.id("task:refuseBasis"), "《行政许可法》第三十二条");
        click(By.id("task:refuse"));
        waitForMessage("不予受理");
        wait.until(textToBe(By.id("applicationStatus"), "不予受理"));
        assertTrue(browser.findElements(By.id("task")).isEmpty(), "nothing is left to do");
        screenshot("clerk-refused");
        browser.get(BASE + "staff/task.xhtml?receipt=" + rejected);
        click(By.id("task:accept"));
        waitForMessage("已受理");
        signOut();

        // 专家评审 stops the clock while it runs.
        signIn("reviewer");
        handle("department", rejected, "审查");
        click(By.id("task:startProcedure"));
        waitForMessage("请选择特别程序");
        new Select(wait.until(visibilityOfElementLocated(By.id("task:procedure")))).selectByVisibleText("专家评审");
        type(By.id("task:procedureNote"), "组织结构安全专家论证");
        click(By.id("task:startProcedure"));
        waitForMessage("已启动特别程序");
        wait.until(textToBePresentInElementLocated(By.id("specialProcedure"), "专家评审"));
        screenshot("reviewer-started-expert-review");
        type(By.id("task:procedureNote"), "专家论证通过");
        click(By.id("task:endProcedure"));
        waitForMessage("特别程序已结束");
        wait.until(d -> d.findElements(By.id("specialProcedure")).isEmpty());
        type(By.id("task:reviewOpinion"), "结构方案不满足抗震要求。");
        click(By.id("task:review"));
        waitForMessage("审查意见已提交");
        signOut();

        signIn("approver");
        handle("department", rejected, "决定");
        type(By.id("task:decisionOpinion"), "抗震设计不符合强制性标准，不予许可。");
        type(By.id("task:decisionBasis"), "《建设工程抗震管理条例》第十二条");
        click(By.id("task:reject"));
        waitForMessage("不予许可");
        wait.until(textToBe(By.id("applicationStatus"), "不予许可"));
        screenshot("approver-rejected");
        signOut();

        signIn("zhangsan");
        browser.get(BASE + "applicant/applications.xhtml");
        wait.until(textToBe(By.cssSelector("span.status[data-receipt='" + refused + "']"), "不予受理"));
        assertEquals("不予许可", text(By.cssSelector("span.status[data-receipt='" + rejected + "']")));
        assertTrue(browser.findElements(By.cssSelector("button.withdraw-" + rejected)).isEmpty(), "no withdrawal after the decision");
        click(By.xpath("//tr[.//span[@data-receipt='" + rejected + "']]//*[contains(@class, 'ui-row-toggler')]"));
        wait.until(textToBePresentInElementLocated(By.id("mine"), "《建设工程抗震管理条例》第十二条"));
        String timeline = text(By.id("mine"));
        assertTrue(timeline.contains("启动特别程序") && timeline.contains("专家评审"), timeline);
        assertFalse(timeline.contains("结构方案不满足抗震要求"), "the review's reasoning stays inside the departments");
        screenshot("applicant-sees-rejection");
    }

    private String applyForConstructionPermit() {
        browser.get(BASE + "applicant/apply.xhtml?code=ZJJ-001");
        wait.until(visibilityOfElementLocated(By.id("apply:submit")));
        fillIn(SampleForms.constructionPermit());
        click(By.id("apply:submit"));
        return wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
    }

    private void openWorklist() {
        browser.get(BASE + "staff/worklist.xhtml");
        wait.until(presenceOfElementLocated(By.id("department")));
    }

    /** Opens the task page of the row in the work list's table ("mine" or "department"). */
    private void handle(String table, String receipt, String step) {
        openWorklist();
        click(within(rowXpath(table, receipt, step), "a", "handle"));
        wait.until(textToBe(By.id("receipt"), receipt));
    }

    private static By rowLocator(String table, String receipt, String step) {
        return By.xpath(rowXpath(table, receipt, step));
    }

    /** The row of a work list's table ("mine" or "department") for the application's step. */
    private static String rowXpath(String table, String receipt, String step) {
        return "//form[@id='" + table + "']//tr[.//span[@class='receipt' and normalize-space()='" + receipt
                + "'] and contains(normalize-space(.), '" + step + "')]";
    }

    private Optional<WebElement> row(String table, String receipt, String step) {
        return browser.findElements(rowLocator(table, receipt, step)).stream().findFirst();
    }

    /** An element of the row by tag and class. */
    private static By within(String rowXpath, String tag, String cssClass) {
        return By.xpath(rowXpath + "//" + tag + "[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]");
    }

    private void type(By locator, String text) {
        WebElement field = wait.until(visibilityOfElementLocated(locator));
        field.clear();
        field.sendKeys(text);
    }

    private String text(By locator) {
        return wait.until(visibilityOfElementLocated(locator)).getText().strip();
    }

    private void waitForMessage(String text) {
        wait.until(textToBePresentInElementLocated(By.id("messages"), text));
    }

    /** Signs in through the header's link; the portal then shows the user's own start page. */
    private void signIn(String username) {
        Browser.signIn(browser, wait, username);
    }

    private void signOut() {
        Browser.signOut(wait);
    }

    /** Types each value into its field; dates and choices are set the way a person's picker would set them. */
    private void fillIn(JsonObject form) {
        Browser.fillIn(browser, form);
    }

    private void click(By locator) {
        Browser.click(wait, locator);
    }

    private void screenshotsInto(String journey) {
        screenshots = Path.of("target", "screenshots", journey);
        step = 0;
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
