package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * A supervision case (第二十七条) in a real browser, both sides: the service office records a case and drafts a
 * rectification notice, the supervision department co-signs it (会同), the department finds it under 监察整改 with
 * the count of notices awaiting its reply and replies, and the office closes the case; both read the same history.
 * Screenshots go to {@code target/screenshots/supervision/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionJourneyIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("JC-\\d{4}-\\d{6,}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCaseGoesFromTheOfficeThroughTheCosignatureToTheDepartmentsReplyAndIsClosed() throws Exception {
        try (Browser browser = new Browser("supervision")) {
            browser.signIn("office");
            browser.click(By.id("supervisionLink"));
            browser.wait.until(presenceOfElementLocated(By.id("openHeading")));
            new Select(browser.driver.findElement(By.id("open:newKind"))).selectByValue("PROCEDURE_ALTERED");
            new Select(browser.driver.findElement(By.id("open:newDepartment"))).selectByValue("ZJJ");
            browser.type(By.id("open:newFacts"), "住建局擅自在施工许可流程中增加现场踏勘环节。");
            browser.click(By.id("open:openCase"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已登记"));
            Matcher matcher = CASE_NUMBER.matcher(browser.driver.findElement(By.id("messages")).getText());
            assertTrue(matcher.find());
            String number = matcher.group();
            browser.screenshot("case-recorded");

            browser.click(By.linkText(number));
            browser.wait.until(textToBePresentInElementLocated(By.id("caseNumber"), number));
            browser.type(By.id("actions:requirement"), "立即恢复经备案的办理流程，并书面说明原因。");
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('actions:rectifyBy').value = arguments[0];",
                    LocalDate.now().plusDays(14).toString());
            browser.click(By.id("actions:draft"));
            browser.wait.until(textToBePresentInElementLocated(By.id("caseStatus"), "待会签"));
            browser.screenshot("notice-drafted");
            browser.signOut();

            browser.signIn("supervisor");
            browser.driver.get(Browser.BASE + "staff/supervision-case.xhtml?number=" + number);
            browser.click(By.id("actions:cosign"));
            browser.wait.until(textToBePresentInElementLocated(By.id("caseStatus"), "待回复"));
            assertTrue(browser.driver.findElement(By.id("notices")).getText().contains("郑监察"), "the co-signer is named");
            browser.screenshot("notice-issued");
            browser.signOut();

            browser.signIn("deptadmin");
            browser.wait.until(presenceOfElementLocated(By.id("awaitingReply")));
            browser.click(By.id("rectificationsLink"));
            browser.click(By.linkText(number));
            browser.wait.until(textToBePresentInElementLocated(By.id("caseNumber"), number));
            assertTrue(browser.driver.findElement(By.cssSelector("a.notice-download")).getAttribute("href")
                    .contains("/supervision-notices/" + number + "-Z1"));
            browser.type(By.id("actions:reply"), "已取消现场踏勘环节，恢复备案流程，并对经办人批评教育。");
            browser.click(By.id("actions:sendReply"));
            browser.wait.until(textToBePresentInElementLocated(By.id("caseStatus"), "单位已回复"));
            browser.screenshot("department-replied");
            browser.signOut();

            browser.signIn("office");
            browser.driver.get(Browser.BASE + "staff/supervision-case.xhtml?number=" + number);
            browser.type(By.id("actions:conclusion"), "整改到位，结案。");
            browser.click(By.id("actions:close"));
            browser.wait.until(textToBePresentInElementLocated(By.id("caseStatus"), "已结案"));
            assertEquals(5, browser.driver.findElements(By.cssSelector("#history > li")).size(),
                    "recorded, drafted, issued, replied, closed");
            browser.screenshot("closed");
        }
    }
}
