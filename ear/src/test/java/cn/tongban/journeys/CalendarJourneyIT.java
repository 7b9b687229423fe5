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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The service office keeps a future year's calendar in a real browser: sees which years are published, enters
 * 国庆 holidays and an adjusted working Saturday of 2033 (a year no other test touches), is refused an adjusted
 * working weekday, sees a due day reaching into the draft year marked provisional, publishes the year, and then
 * gets the due day on the official calendar — which the public API now answers too. Screenshots in
 * {@code target/screenshots/calendar}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theServiceOfficeEntersAndPublishesAYearAndDueDaysFollowIt() throws Exception {
        assertEquals(422, Http.send(Http.request("/api/v1/calendar/2033-10-03").GET()).statusCode(),
                "2033 is not published before the journey");
        try (Browser browser = new Browser("calendar")) {
            browser.signIn("office");
            browser.click(By.id("calendarLink"));
            browser.wait.until(presenceOfElementLocated(By.cssSelector(".year-status-2026.published")));
            browser.screenshot("years");

            enter(browser, "2033-10-03", "HOLIDAY", "国庆节");
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "2033-10-03 已保存"));
            browser.wait.until(presenceOfElementLocated(By.cssSelector(".special-day[data-day='2033-10-03']")));
            assertTrue(browser.driver.findElement(By.id("shownYear")).getText().contains("2033"));
            enter(browser, "2033-10-04", "HOLIDAY", "国庆节");
            browser.wait.until(presenceOfElementLocated(By.cssSelector(".special-day[data-day='2033-10-04']")));

            // a Wednesday cannot be an adjusted working day: only weekend days are
            enter(browser, "2033-10-05", "ADJUSTED_WORKDAY", "国庆节");
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "不是周六或周日"));
            enter(browser, "2033-10-08", "ADJUSTED_WORKDAY", "国庆节");
            browser.wait.until(presenceOfElementLocated(By.cssSelector(".special-day[data-day='2033-10-08']")));
            assertTrue(browser.driver.findElement(By.cssSelector(".year-status-2033")).getText().contains("草稿"));
            browser.screenshot("draft-2033");

            // before publication: an estimate, marked provisional and naming the year
            due(browser, "2033-09-30", 2);
            browser.wait.until(textToBePresentInElementLocated(By.id("provisional"), "2033"));
            assertTrue(browser.driver.findElement(By.id("dueResult")).getText().contains("2033-10-04"));
            browser.screenshot("provisional");

            browser.click(By.id("calendar:publish"));
            browser.click(By.id("calendar:confirmYes"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "2033 年的日历已发布"));
            browser.wait.until(presenceOfElementLocated(By.cssSelector(".year-status-2033.published")));

            // after: on the official calendar, the holidays skipped and the Saturday worked
            due(browser, "2033-09-30", 4);
            browser.wait.until(textToBePresentInElementLocated(By.id("dueResult"), "2033-10-08"));
            browser.wait.until(invisibilityOfElementLocated(By.id("provisional")));
            browser.screenshot("published");
        }
        var holiday = Http.send(Http.request("/api/v1/calendar/2033-10-03").GET());
        assertEquals(200, holiday.statusCode(), holiday.body());
        assertTrue(holiday.body().contains("\"kind\":\"HOLIDAY\""), holiday.body());
        var due = Http.send(Http.request("/api/v1/calendar/working-days?from=2033-09-30&days=2").GET());
        assertTrue(due.body().contains("\"due\":\"2033-10-06\""), due.body());
    }

    private static void enter(Browser browser, String day, String kind, String name) {
        setDate(browser, "calendar:day", day);
        new Select(browser.driver.findElement(By.id("calendar:kind"))).selectByValue(kind);
        browser.type(By.id("calendar:name"), name);
        browser.click(By.id("calendar:save"));
    }

    private static void due(Browser browser, String from, int days) {
        setDate(browser, "due:from", from);
        browser.type(By.id("due:days"), String.valueOf(days));
        browser.click(By.id("due:compute"));
    }

    /** A date field's value as the date picker would set it, whatever the browser's input format. */
    private static void setDate(Browser browser, String id, String isoDate) {
        var field = browser.wait.until(presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", field, isoDate);
    }
}
