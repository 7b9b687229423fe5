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
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * The portal in a real browser (headless Chromium) against the real EAR: an applicant applies online, the
 * owning department's clerk accepts the application from the work list, and the applicant sees it accepted.
 * Every step leaves a screenshot in {@code target/screenshots/<journey>/}. Each test opens its own browser
 * with a fresh profile, so no test depends on another's cookies or order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcceptanceJourneyIT {

    /** The portal's root; the web module is deployed at context root "/". */
    private static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OPINION = "材料齐全，予以受理。";

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
    void applicantAppliesClerkAcceptsApplicantSeesAccepted() {
        screenshotsInto("acceptance-journey");

        signIn("zhangsan");
        wait.until(textToBe(By.id("signedInUser"), "张三"));
        screenshot("applicant-signed-in");

        click(By.id("mattersLink"));
        click(By.cssSelector("a.matter-ZJJ-001"));
        wait.until(textToBe(By.id("matterCode"), "ZJJ-001"));
        screenshot("matter-guide");

        click(By.cssSelector("#apply a"));
        wait.until(visibilityOfElementLocated(By.id("apply:submit")));
        assertEquals("ZJJ-001", browser.findElement(By.id("matterCode")).getText().strip());
        screenshot("apply-form");
        click(By.id("apply:submit"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "「工程名称」为必填项"));
        assertTrue(browser.findElements(By.id("receiptNumber")).isEmpty(), "an empty form submits nothing");
        screenshot("apply-form-refused");
        fillIn(SampleForms.constructionPermit());
        screenshot("apply-form-filled");
        click(By.id("apply:submit"));
        String receipt = wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
        assertTrue(receipt.matches("\\d{8}-ZJJ-[0-9A-Z]{9}"), "receipt number: " + receipt);
        screenshot("applied");

        signOut();
        screenshot("applicant-signed-out");

        signIn("clerk");
        By accept = By.cssSelector("button.accept-" + receipt);
        wait.until(elementToBeClickable(accept));
        browser.findElement(By.cssSelector("input.opinion-" + receipt)).sendKeys(OPINION);
        screenshot("clerk-worklist");
        click(accept);
        wait.until(textToBePresentInElementLocated(By.id("messages"), receipt));
        wait.until(invisibilityOfElementLocated(accept));
        screenshot("clerk-accepted");

        signOut();
        screenshot("clerk-signed-out");

        signIn("zhangsan");
        WebElement status = wait.until(visibilityOfElementLocated(
                By.cssSelector("span.status[data-receipt='" + receipt + "']")));
        assertEquals("已受理", status.getText().strip());
        screenshot("applicant-sees-accepted");

        click(By.xpath("//tr[.//span[@data-receipt='" + receipt + "']]//*[contains(@class, 'ui-row-toggler')]"));
        wait.until(textToBePresentInElementLocated(By.id("mine"), OPINION));
        screenshot("applicant-reads-timeline");
    }

    @Test
    void languageSwitchShowsTheHomePageInEnglish() {
        screenshotsInto("language-switch");

        browser.get(BASE);
        wait.until(textToBe(By.id("homeTitle"), "欢迎使用通办"));
        screenshot("home-chinese");

        click(By.id("language:english"));
        wait.until(textToBe(By.id("homeTitle"), "Welcome to Tongban"));
        assertEquals("Service guide", browser.findElement(By.id("mattersLink")).getText().strip());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("home-english");
    }

    @Test
    void offlineOnlyMatterShowsTheNoticeAndNoApplyButton() {
        screenshotsInto("offline-matter");

        browser.get(BASE + "matter.xhtml?code=GAJ-001");
        WebElement notice = wait.until(visibilityOfElementLocated(By.id("offlineNotice")));
        assertTrue(notice.getText().contains("第十一条"), notice.getText());
        assertTrue(browser.findElements(By.id("apply")).isEmpty(), "an offline-only matter offers no apply button");
        screenshot("offline-notice");
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
