package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.it.SampleForms;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * Deadlines on the pages: the clerk sees the working days left to accept on the work list, the reviewer the days
 * left of the review it opened, and the applicant the promised completion date on 我的办件.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlinesJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void staffSeeDaysLeftAndTheApplicantThePromisedDate() throws Exception {
        var created = Http.submit("zhangsan",
                "{\"matterCode\": \"ZJJ-001\", \"form\": " + SampleForms.constructionPermitJson() + "}");
        assertEquals(201, created.statusCode(), created.body());
        String receipt = Json.createReader(new StringReader(created.body())).readObject().getString("receiptNumber");

        try (Browser browser = new Browser("deadlines-journey")) {
            browser.signIn("clerk");
            browser.driver.get(Browser.BASE + "staff/worklist.xhtml");
            By acceptButton = By.cssSelector("button.accept-" + receipt);
            var row = browser.wait.until(visibilityOfElementLocated(acceptButton)).findElement(By.xpath("./ancestor::tr"));
            var daysLeft = row.findElement(By.cssSelector(".days-left"));
            assertEquals("剩 1 个工作日", daysLeft.getText().strip(), "ZJJ-001 gives one working day to accept");
            assertTrue(daysLeft.getAttribute("class").contains("days-left-yellow"), daysLeft.getAttribute("class"));
            assertTrue(row.findElement(By.cssSelector(".due-on")).getText().matches("\\d{4}-\\d{2}-\\d{2}"));
            browser.screenshot("clerk-worklist-days-left");
            browser.click(acceptButton);
            browser.wait.until(d -> d.findElements(acceptButton).isEmpty());
            browser.signOut();

            browser.signIn("reviewer");
            browser.driver.get(Browser.BASE + "staff/worklist.xhtml");
            By handle = By.cssSelector("#department a.handle-" + receipt);
            var reviewRow = browser.wait.until(visibilityOfElementLocated(handle)).findElement(By.xpath("./ancestor::tr"));
            assertTrue(reviewRow.findElement(By.cssSelector(".days-left")).getText().contains("个工作日"));
            browser.screenshot("reviewer-worklist-days-left");
            browser.click(handle);
            var promised = browser.wait.until(visibilityOfElementLocated(By.id("promisedDue")));
            assertTrue(promised.getText().matches("(?s)\\d{4}-\\d{2}-\\d{2}.*剩 \\d+ 个工作日.*"), promised.getText());
            browser.screenshot("task-page-deadlines");
            browser.signOut();

            browser.signIn("zhangsan");
            browser.driver.get(Browser.BASE + "applicant/applications.xhtml");
            var due = browser.wait.until(visibilityOfElementLocated(
                    By.cssSelector(".promised-due[data-receipt='" + receipt + "']")));
            assertTrue(due.getText().strip().matches("\\d{4}-\\d{2}-\\d{2}"), due.getText());
            browser.screenshot("applicant-promised-date");
        }
    }
}
