package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * The market regulator's two "一件事" matters driven to a decision in the browser (并联审批, 第六条), so that every
 * parallel matter of the sample catalogue is covered by a journey (ZJJ-003 has its own). 企业开办 opens three
 * branches in three other bureaus at once; 开办餐饮店 has a 前置 branch in the lead bureau itself that the other two
 * wait for. Each journey ends on the applicant's timeline, which names every department's branch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterpriseParallelJourneyIT {

    private static final String ID_CARD = "11010519491231002X";

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void companyStartUpIsExaminedByThreeBureausAtOnce() throws IOException {
        browser = new Browser("enterprise-start-up");
        String receipt = apply("SCJGJ-001", Json.createObjectBuilder()
                .add("companyName", "东莞市示范网络科技有限公司")
                .add("entityType", "有限责任公司（自然人独资）")
                .add("registeredCapital", "1000000")
                .add("legalRepName", "张三")
                .add("legalRepIdCard", ID_CARD)
                .add("address", "东莞市南城街道宏图路 1 号")
                .add("townStreet", "南城街道")
                .add("businessScope", "软件开发；信息技术咨询服务")
                .add("sealCount", "3")
                .add("needInvoice", "是")
                .add("employeeCount", "12")
                .add("contactPhone", "13800138000")
                .build());

        accept("scjgj.clerk", receipt);
        // No 前置 branch: all three bureaus see their branch at once.
        agreeOnBranch("gaj.reviewer", receipt, "印章刻制备案", "同意刻制公章、财务章、发票专用章。");
        agreeOnBranch("swj.reviewer", receipt, "新办纳税人发票申领", "同意发放发票领用资格。");
        agreeOnBranch("rsj.reviewer", receipt, "单位参保登记", "已办理单位参保登记。");
        review("scjgj.reviewer", receipt, "设立登记审核与并联办理", "设立登记材料齐全，各并联环节均同意。");
        decide("scjgj.approver", receipt, 3, "核准设立登记，统一发放营业执照、印章和发票。",
                "《市场主体登记管理条例》第十九条");
        complete("scjgj.clerk", receipt);

        timelineShowsBranches(receipt, List.of("GAJ", "SWJ", "RSJ"), "《市场主体登记管理条例》第十九条");
    }

    @Test
    void restaurantOpeningWaitsForTheFoodLicenceFirst() throws IOException {
        browser = new Browser("restaurant-opening");
        String receipt = apply("SCJGJ-003", Json.createObjectBuilder()
                .add("operatorName", "东莞市示范餐饮管理有限公司")
                .add("uscc", SampleForms.CREDIT_CODE)
                .add("legalRepName", "张三")
                .add("legalRepIdCard", ID_CARD)
                .add("shopAddress", "东莞市东城街道东纵路 88 号")
                .add("townStreet", "东城街道")
                .add("businessArea", "180.5")
                .add("seatCount", "60")
                .add("businessItem", "热食类食品制售")
                .add("dailyWastewater", "5")
                .add("signboardArea", "6.5")
                .add("investment", "800000")
                .add("contactPhone", "13800138000")
                .build());

        accept("scjgj.clerk", receipt);

        // The drainage branch stays closed until the 前置 food licence is answered.
        browser.signIn("swuj.reviewer");
        openWorklist();
        assertTrue(browser.driver.findElements(By.xpath(rowXpath("department", receipt, "餐饮排水户"))).isEmpty(),
                "the other branches wait for the 前置 one");
        browser.screenshot("drainage-waits-for-prerequisite");
        browser.signOut();

        agreeOnBranch("scjgj.reviewer", receipt, "食品经营许可（餐饮服务）", "现场核查符合食品经营条件，同意。");
        agreeOnBranch("swuj.reviewer", receipt, "城镇污水排入排水管网许可（餐饮排水户）", "隔油设施符合要求，同意排入。");
        agreeOnBranch("cgj.reviewer", receipt, "户外招牌设置", "招牌设置符合市容规范，同意。");
        review("scjgj.reviewer", receipt, "并联审查", "三个并联环节均同意，建议准予。");
        decide("scjgj.approver", receipt, 3, "准予开办，统一出件。", "《食品安全法》第三十五条");
        complete("scjgj.clerk", receipt);

        timelineShowsBranches(receipt, List.of("SCJGJ", "SWUJ", "CGJ"), "《食品安全法》第三十五条");
    }

    private String apply(String matter, JsonObject form) {
        browser.signIn("zhangsan");
        browser.driver.get(Browser.BASE + "applicant/apply.xhtml?code=" + matter);
        browser.wait.until(visibilityOfElementLocated(By.id("apply:submit")));
        browser.fillIn(form);
        browser.screenshot("applicant-form-filled");
        browser.click(By.id("apply:submit"));
        String receipt = browser.wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
        assertTrue(receipt.matches("\\d{8}-SCJGJ-[0-9A-Z]{9}"), "receipt number: " + receipt);
        browser.screenshot("applicant-applied");
        browser.signOut();
        return receipt;
    }

    private void accept(String clerk, String receipt) {
        browser.signIn(clerk);
        handle(receipt, "受理");
        browser.type(By.id("task:acceptOpinion"), "材料齐全，并联受理。");
        browser.click(By.id("task:accept"));
        waitForMessage("已受理");
        browser.wait.until(textToBe(By.id("applicationStatus"), "已受理"));
        browser.screenshot("accepted");
        browser.signOut();
    }

    private void agreeOnBranch(String staff, String receipt, String branch, String opinion) {
        browser.signIn(staff);
        handle(receipt, branch);
        browser.type(By.id("task:branchOpinion"), opinion);
        browser.click(By.id("task:agree"));
        waitForMessage("同意意见");
        browser.wait.until(textToBePresentInElementLocated(By.id("tasks"), opinion));
        browser.screenshot("branch-agreed-" + staff);
        browser.signOut();
    }

    private void review(String reviewer, String receipt, String stage, String opinion) {
        browser.signIn(reviewer);
        handle(receipt, stage);
        browser.type(By.id("task:reviewOpinion"), opinion);
        browser.click(By.id("task:review"));
        waitForMessage("审查意见已提交");
        browser.screenshot("reviewed");
        browser.signOut();
    }

    /** The leader sees every branch done before deciding (work lists name the decision by its kind, 决定). */
    private void decide(String approver, String receipt, int branches, String opinion, String basis) {
        browser.signIn(approver);
        handle(receipt, "决定");
        assertEquals(branches, browser.driver.findElements(By.cssSelector("#tasks tr.task-BRANCH.task-status-DONE")).size());
        browser.type(By.id("task:decisionOpinion"), opinion);
        browser.type(By.id("task:decisionBasis"), basis);
        browser.screenshot("approver-sees-every-branch");
        browser.click(By.id("task:approve"));
        waitForMessage("已准予许可");
        browser.wait.until(textToBe(By.id("applicationStatus"), "准予许可"));
        browser.signOut();
    }

    private void complete(String clerk, String receipt) {
        browser.signIn(clerk);
        browser.driver.get(Browser.BASE + "staff/task.xhtml?receipt=" + receipt);
        browser.click(By.id("completion:complete"));
        waitForMessage("已办结");
        browser.wait.until(textToBe(By.id("applicationStatus"), "已办结"));
        browser.signOut();
    }

    private void timelineShowsBranches(String receipt, List<String> departments, String basis) {
        browser.signIn("zhangsan");
        browser.driver.get(Browser.BASE + "applicant/applications.xhtml");
        WebElement status = browser.wait.until(visibilityOfElementLocated(
                By.cssSelector("span.status[data-receipt='" + receipt + "']")));
        assertEquals("已办结", status.getText().strip());
        browser.click(By.xpath("//tr[.//span[@data-receipt='" + receipt + "']]//*[contains(@class, 'ui-row-toggler')]"));
        browser.wait.until(textToBePresentInElementLocated(By.id("mine"), basis));
        for (String department : departments) {
            assertFalse(browser.driver.findElements(
                            By.cssSelector("li.step-BRANCH_AGREED[data-department='" + department + "']")).isEmpty(),
                    "the timeline names the branch of " + department);
        }
        browser.screenshot("applicant-sees-every-branch");
    }

    private void openWorklist() {
        browser.driver.get(Browser.BASE + "staff/worklist.xhtml");
        browser.wait.until(presenceOfElementLocated(By.id("department")));
    }

    /** Opens the task page from the department's work list row of the application's step. */
    private void handle(String receipt, String step) {
        openWorklist();
        browser.click(By.xpath(rowXpath("department", receipt, step)
                + "//a[contains(concat(' ', normalize-space(@class), ' '), ' handle ')]"));
        browser.wait.until(textToBe(By.id("receipt"), receipt));
    }

    private static String rowXpath(String table, String receipt, String step) {
        return "//form[@id='" + table + "']//tr[.//span[@class='receipt' and normalize-space()='" + receipt
                + "'] and contains(normalize-space(.), '" + step + "')]";
    }

    private void waitForMessage(String text) {
        browser.wait.until(textToBePresentInElementLocated(By.id("messages"), text));
    }
}
