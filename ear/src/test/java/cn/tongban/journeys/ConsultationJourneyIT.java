package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * Service consultation in a real browser (headless Chromium) against the real EAR: a visitor asks on a
 * matter's guide, the department's clerk answers, its business owner publishes, and the guide's FAQ shows
 * the pair — with the HTML the visitor typed shown as literal text, never as markup. A second journey takes
 * a post with a prohibited term through the service office's review. Screenshots go to
 * {@code target/screenshots/consultation/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationJourneyIT {

    private static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String QUESTION = "请问<b>bold</b>这样的写法会被当作网页代码吗？";
    private static final String ANSWER_FIRST = "不会。提交的内容一律按文字显示。";
    private static final String ANSWER_SECOND = "<b>粗体</b>也只是文字。";

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
        browser = Browser.chromium(profile, "1280,1000");
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
    void aVisitorsQuestionIsAnsweredPublishedAndShownAsText() {
        screenshotsInto("faq-as-text");

        browser.get(BASE + "matter.xhtml?code=ZJJ-002");
        wait.until(visibilityOfElementLocated(By.id("faqHeading")));
        screenshot("guide");

        // an empty form is refused with what to correct, and asks nothing
        click(By.id("askForm:submit"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "请填写您要咨询的问题"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("请留下您的姓名"));
        assertTrue(browser.findElements(By.id("askedNumber")).isEmpty());
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var r = document.querySelector('#messages .ui-messages-error').getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight;"));
        screenshot("empty-form-refused");

        String[] asked = ask(QUESTION, "李四", "13912345678");
        String number = asked[0];
        String code = asked[1];
        screenshot("asked");

        signIn("clerk");
        click(By.id("consultationsLink"));
        By answerBox = By.cssSelector("textarea.answer-" + number);
        wait.until(visibilityOfElementLocated(answerBox)).sendKeys(ANSWER_FIRST + "\n" + ANSWER_SECOND);
        assertTrue(browser.findElement(By.cssSelector(".age-" + number)).getText().startsWith("已等待"),
                "the desk shows how long a question has waited");
        screenshot("clerk-answers");
        click(By.cssSelector("button.send-" + number));
        wait.until(textToBePresentInElementLocated(By.id("messages"), number));
        wait.until(invisibilityOfElementLocated(answerBox));
        screenshot("clerk-answered");
        signOut();

        signIn("deptadmin");
        click(By.id("consultationsLink"));
        click(By.cssSelector("button.publish-" + number));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "已公开"));
        wait.until(textToBePresentInElementLocated(By.cssSelector("span.status[data-number='" + number + "']"), "已公开"));
        screenshot("deptadmin-published");
        signOut();

        browser.get(BASE + "matter.xhtml?code=ZJJ-002");
        WebElement question = wait.until(visibilityOfElementLocated(By.id("faq-" + number)));
        WebElement answer = browser.findElement(By.id("faq-" + number + "-answer"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", question);
        assertTrue(question.getText().contains(QUESTION), question.getText());
        assertTrue(question.findElements(By.tagName("b")).isEmpty(), "the visitor's <b> is text, not an element");
        assertTrue(answer.findElements(By.tagName("b")).isEmpty(), "the answer's <b> is text, not an element");
        List<String> lines = answer.findElements(By.cssSelector(".text-line")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertEquals(List.of(ANSWER_FIRST, ANSWER_SECOND), lines, "the answer is shown line by line");
        screenshot("faq-shows-text");

        // the visitor comes back later with number and access code
        click(By.id("questionsLink"));
        wait.until(visibilityOfElementLocated(By.id("lookup:number"))).sendKeys(number);
        browser.findElement(By.id("lookup:code")).sendKeys(code.toLowerCase());
        click(By.id("lookup:find"));
        WebElement card = wait.until(visibilityOfElementLocated(By.cssSelector(".question-card[data-number='" + number + "']")));
        assertTrue(card.getText().contains(ANSWER_FIRST), card.getText());
        assertTrue(card.getText().contains(QUESTION), card.getText());
        screenshot("visitor-reads-answer");
    }

    @Test
    void aHeldPostIsPublishedOnlyOnceTheServiceOfficeApprovesIt() {
        screenshotsInto("moderation");

        // a signed-in applicant asks under their account: no name, no access code, found under 我的咨询
        signIn("zhangsan");
        browser.get(BASE + "matter.xhtml?code=ZJJ-003");
        wait.until(visibilityOfElementLocated(By.id("askForm:question"))).sendKeys("能不能加 微 信问一下审批进度？");
        assertTrue(browser.findElements(By.id("askForm:name")).isEmpty(), "an applicant leaves no name");
        click(By.id("askForm:submit"));
        String number = wait.until(visibilityOfElementLocated(By.id("askedNumber"))).getText().strip();
        assertTrue(browser.findElements(By.id("accessCode")).isEmpty(), "an applicant needs no access code");
        click(By.id("questionsLink"));
        wait.until(textToBePresentInElementLocated(
                By.cssSelector(".question-card[data-number='" + number + "'] .asker-status"), "待答复"));
        screenshot("applicant-my-questions");
        signOut();

        signIn("clerk");
        click(By.id("consultationsLink"));
        wait.until(visibilityOfElementLocated(By.cssSelector("textarea.answer-" + number))).sendKeys("请在“我的咨询”查看答复。");
        click(By.cssSelector("button.send-" + number));
        wait.until(textToBePresentInElementLocated(By.id("messages"), number));
        signOut();

        signIn("deptadmin");
        click(By.id("consultationsLink"));
        click(By.cssSelector("button.publish-" + number));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "加微信"));
        wait.until(textToBePresentInElementLocated(By.cssSelector("span.status[data-number='" + number + "']"), "待审核"));
        screenshot("deptadmin-publish-held");
        signOut();

        browser.get(BASE + "matter.xhtml?code=ZJJ-003");
        wait.until(visibilityOfElementLocated(By.id("faqHeading")));
        assertTrue(browser.findElements(By.id("faq-" + number)).isEmpty(), "a held post is not public");

        signIn("office");
        click(By.id("moderationLink"));
        By approve = By.cssSelector("button.approve-" + number);
        wait.until(visibilityOfElementLocated(approve));
        screenshot("office-review");
        click(approve);
        wait.until(textToBePresentInElementLocated(By.id("messages"), number));
        wait.until(invisibilityOfElementLocated(approve));
        screenshot("office-approved");

        String term = "测试词" + randomLetters();
        wait.until(visibilityOfElementLocated(By.id("terms:newTerm"))).sendKeys(term);
        click(By.id("terms:add"));
        By termRemove = By.cssSelector("button.remove-term[data-term='" + term + "']");
        wait.until(visibilityOfElementLocated(termRemove));
        screenshot("office-term-added");
        click(termRemove);
        wait.until(invisibilityOfElementLocated(termRemove));
        screenshot("office-term-removed");
        signOut();

        browser.get(BASE + "matter.xhtml?code=ZJJ-003");
        WebElement entry = wait.until(presenceOfElementLocated(By.id("faq-" + number)));
        assertTrue(entry.getText().contains("加 微 信"), entry.getText());
        screenshot("faq-after-approval");
    }

    /** Asks on the guide page that is open, as a visitor; returns the number and the access code. */
    private String[] ask(String question, String name, String contact) {
        wait.until(visibilityOfElementLocated(By.id("askForm:question"))).sendKeys(question);
        browser.findElement(By.id("askForm:name")).sendKeys(name);
        browser.findElement(By.id("askForm:contact")).sendKeys(contact);
        click(By.id("askForm:submit"));
        String number = wait.until(visibilityOfElementLocated(By.id("askedNumber"))).getText().strip();
        String code = browser.findElement(By.id("accessCode")).getText().strip();
        assertEquals(BASE + "questions.xhtml?number=" + number,
                browser.findElement(By.cssSelector("#askForm\\:toQuestions a, a#askForm\\:toQuestions"))
                        .getAttribute("href").replaceFirst(";jsessionid=[^?]*", ""));
        assertTrue(number.matches("ZX-\\d{8}-[0-9A-Z]{8}"), number);
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        return new String[]{number, code};
    }

    /** Signs in through the header's link; the portal then shows the user's own start page. */
    private void signIn(String username) {
        Browser.signIn(browser, wait, username);
    }

    private void signOut() {
        Browser.signOut(wait);
    }

    private void click(By locator) {
        Browser.click(wait, locator);
    }

    private void screenshotsInto(String journey) {
        screenshots = Path.of("target", "screenshots", "consultation", journey);
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

    private static String randomLetters() {
        String letters = "ABCDEFGHJKMNPQRSTVWXYZ";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }

}
