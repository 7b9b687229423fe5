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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * The public status lookup and 好差评 in a real browser (headless Chromium): the applicant is shown the query code
 * once on applying; anyone looks the application up with it, without signing in; a lost code is replaced from
 * 我的办件; the department's leader finds the page of poor ratings. Screenshots in
 * {@code target/screenshots/<journey>/}; each test opens its own browser with a fresh profile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LookupJourneyIT {

    /** The portal's root; the web module is deployed at context root "/". */
    private static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
    void theCodeShownOnApplyingLooksTheApplicationUpWithoutSigningIn() {
        screenshotsInto("lookup-journey");

        signIn("zhangsan");
        browser.get(BASE + "applicant/apply.xhtml?code=ZJJ-001");
        wait.until(visibilityOfElementLocated(By.id("apply:submit")));
        fillIn(SampleForms.constructionPermit());
        click(By.id("apply:submit"));
        String receipt = wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
        String code = browser.findElement(By.id("queryCode")).getText().strip();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), "query code: " + code);
        screenshot("applied-with-code");
        signOut();

        click(By.id("statusLink"));
        lookUp(receipt, code.toLowerCase());
        wait.until(textToBe(By.id("status"), "已提交"));
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("提交申请"));
        assertTrue(browser.findElement(By.id("result")).getText().contains(receipt));
        screenshot("status-found");

        lookUp(receipt, wrong(code));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "没有找到与该办件编号和查询码相符的办件"));
        assertTrue(browser.findElements(By.id("timeline")).isEmpty(), "a miss clears the earlier result");
        screenshot("status-wrong-code");
    }

    @Test
    void aLostCodeIsReplacedFromMyApplications() {
        screenshotsInto("reissue-journey");

        signIn("zhangsan");
        browser.get(BASE + "applicant/apply.xhtml?code=ZJJ-001");
        wait.until(visibilityOfElementLocated(By.id("apply:submit")));
        fillIn(SampleForms.constructionPermit());
        click(By.id("apply:submit"));
        String receipt = wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
        String old = browser.findElement(By.id("queryCode")).getText().strip();

        click(By.id("mineLink"));
        click(By.xpath("//tr[.//span[@data-receipt='" + receipt + "']]//*[contains(@class, 'ui-row-toggler')]"));
        click(By.xpath("//tr[preceding-sibling::tr[1][.//span[@data-receipt='" + receipt + "']]]//button[contains(@id, 'reissue')]"));
        String renewed = wait.until(visibilityOfElementLocated(By.cssSelector(".query-code strong.code"))).getText().strip();
        assertTrue(renewed.matches("[0-9A-HJKMNP-TV-Z]{8}") && !renewed.equals(old), old + " -> " + renewed);
        screenshot("code-reissued");

        click(By.id("statusLink"));
        lookUp(receipt, old);
        wait.until(textToBePresentInElementLocated(By.id("messages"), "没有找到"));
        lookUp(receipt, renewed);
        wait.until(textToBe(By.id("status"), "已提交"));
        screenshot("renewed-code-works");
    }

    @Test
    void theLeaderFindsThePoorRatingsPage() {
        screenshotsInto("poor-ratings");

        signIn("approver");
        click(By.id("evaluationsLink"));
        wait.until(presenceOfElementLocated(By.id("evaluations:table")));
        assertEquals("差评回复", browser.findElement(By.tagName("h1")).getText().strip());
        screenshot("poor-ratings");
    }

    private void lookUp(String receipt, String code) {
        WebElement number = wait.until(visibilityOfElementLocated(By.id("lookup:receiptNumber")));
        number.clear();
        number.sendKeys(receipt);
        WebElement codeField = browser.findElement(By.id("lookup:queryCode"));
        codeField.clear();
        codeField.sendKeys(code);
        click(By.id("lookup:search"));
    }

    private static String wrong(String code) {
        return (code.charAt(0) == '2' ? '3' : '2') + code.substring(1);
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
