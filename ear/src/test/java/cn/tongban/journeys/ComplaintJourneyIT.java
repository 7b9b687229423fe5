package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * A complaint (投诉, 第十二条) in a real browser: a visitor files it without signing in and keeps its number and
 * access code; the supervision department registers and answers it; the visitor reads the answer with number and
 * code — text shown as text. Screenshots go to {@code target/screenshots/complaint/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintJourneyIT {

    private static final String CONTENT = "窗口人员要求提供<b>指南以外</b>的证明材料。";
    private static final String ANSWER = "经查属实，已责令住建局整改并向您致歉。";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aVisitorsComplaintIsRegisteredAnsweredAndFollowedWithNumberAndCode() throws Exception {
        try (Browser browser = new Browser("complaint")) {
            browser.driver.get(Browser.BASE);
            browser.click(By.id("complaintLink"));
            browser.wait.until(visibilityOfElementLocated(By.id("fileHeading")));

            // an empty form is refused with what to correct
            browser.click(By.id("file:submit"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "请选择被投诉的单位"));
            assertTrue(browser.driver.findElements(By.id("filedNumber")).isEmpty());
            browser.screenshot("empty-form-refused");

            new Select(browser.driver.findElement(By.id("file:department"))).selectByValue("ZJJ");
            browser.type(By.id("file:staffName"), "窗口工作人员");
            browser.type(By.id("file:content"), CONTENT);
            browser.type(By.id("file:name"), "王女士");
            browser.click(By.id("file:submit"));
            String number = browser.wait.until(visibilityOfElementLocated(By.id("filedNumber"))).getText();
            String code = browser.driver.findElement(By.id("filedCode")).getText();
            assertTrue(number.startsWith("TS-"), number);
            browser.screenshot("filed");

            browser.signIn("supervisor");
            browser.click(By.id("complaintsLink"));
            browser.click(By.linkText(number));
            browser.wait.until(textToBePresentInElementLocated(By.id("complaintNumber"), number));
            assertTrue(browser.driver.getPageSource().contains("&lt;b&gt;指南以外&lt;/b&gt;"), "the complaint is shown as text");
            browser.click(By.id("actions:register"));
            browser.wait.until(textToBePresentInElementLocated(By.id("status"), "已受理"));
            browser.type(By.id("actions:note"), "调取窗口录像，约谈当班人员。");
            browser.click(By.id("actions:addNote"));
            browser.wait.until(textToBePresentInElementLocated(By.id("notes"), "调取窗口录像"));
            browser.type(By.id("actions:answer"), ANSWER);
            browser.screenshot("supervisor-answers");
            browser.click(By.id("actions:sendAnswer"));
            browser.wait.until(textToBePresentInElementLocated(By.id("status"), "已答复"));
            browser.screenshot("answered");
            browser.signOut();

            browser.driver.get(Browser.BASE + "complaint.xhtml");
            browser.type(By.id("follow:number"), number);
            browser.type(By.id("follow:code"), code);
            browser.click(By.id("follow:find"));
            browser.wait.until(textToBePresentInElementLocated(By.id("foundAnswer"), ANSWER));
            assertEquals("已答复", browser.driver.findElement(By.id("foundStatus")).getText());
            assertFalse(browser.driver.findElement(By.id("found")).getText().contains("调取窗口录像"),
                    "the investigation's notes stay inside the supervision department");
            browser.screenshot("followed");
        }
    }
}
