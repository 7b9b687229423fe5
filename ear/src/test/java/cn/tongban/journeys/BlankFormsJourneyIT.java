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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * 表格下载 in a real browser: the business owner of 住建局 uploads a PDF through the page's file picker (a
 * genuine multipart post to WildFly), sees a disguised file refused, finds the form in the public guide and
 * downloads it, then deletes it. Screenshots in {@code target/screenshots/blank-forms/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlankFormsJourneyIT {

    private static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Path profile;
    private Path files;
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
        files = Files.createTempDirectory("tongban-forms-");
        browser = Browser.chromium(profile, "1280,1000");
        wait = new WebDriverWait(browser, TIMEOUT);
        // Chromium may report a node that an AJAX update just replaced as an "inspector error": poll again.
        wait.ignoring(WebDriverException.class);
        screenshots = Path.of("target", "screenshots", "blank-forms");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            Browser.deleteRecursively(profile);
            Browser.deleteRecursively(files);
        }
    }

    @Test
    void theBusinessOwnerUploadsAFormAnyoneDownloadsItAndTheOwnerDeletesIt() throws Exception {
        String name = "施工许可 样表-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        byte[] pdf = pdf(name);
        Path upload = Files.write(files.resolve(name), pdf);
        Path disguised = Files.write(files.resolve("伪装-" + name),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        signIn("deptadmin");
        click(By.id("blankFormsLink"));
        wait.until(visibilityOfElementLocated(By.id("upload:submit")));
        screenshot("forms-page");

        browser.findElement(By.id("upload:file")).sendKeys(upload.toString());
        click(By.cssSelector("label[for='upload:kind:1']"));
        click(By.id("upload:submit"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "已保存文件“" + name + "”"));
        WebElement row = wait.until(visibilityOfElementLocated(By.xpath("//tr[.//a[text()='" + name + "']]")));
        assertTrue(row.getText().contains("示例样表"), row.getText());
        assertTrue(row.getText().contains("陈业务"), row.getText());
        screenshot("uploaded");
        assertEquals(1, count("SELECT COUNT(*) FROM blank_form WHERE file_name = '" + name + "'"));

        long before = count("SELECT COUNT(*) FROM blank_form");
        browser.findElement(By.id("upload:file")).sendKeys(disguised.toString());
        browser.findElement(By.id("upload:saveAs")).sendKeys("伪装.pdf");
        click(By.id("upload:submit"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "实际上是网页或标记文本"));
        screenshot("disguise-refused");
        assertEquals(before, count("SELECT COUNT(*) FROM blank_form"));

        browser.get(BASE + "matter.xhtml?code=ZJJ-001");
        WebElement link = wait.until(visibilityOfElementLocated(By.linkText(name)));
        screenshot("guide-lists-the-form");
        String href = link.getAttribute("href");
        assertEquals(BASE + "forms/ZJJ-001/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"), href);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(pdf, download.body());

        browser.get(BASE + "staff/blank-forms.xhtml?matter=ZJJ-001");
        By delete = By.xpath("//tr[.//a[text()='" + name + "']]//button[contains(@class, 'delete-form')]");
        click(delete);
        click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "已删除文件“" + name + "”"));
        wait.until(invisibilityOfElementLocated(By.xpath("//tr[.//a[text()='" + name + "']]")));
        screenshot("deleted");
        assertEquals(0, count("SELECT COUNT(*) FROM blank_form WHERE file_name = '" + name + "'"));
    }

    private void signIn(String username) {
        Browser.signIn(browser, wait, username);
    }

    private void click(By locator) {
        Browser.click(wait, locator);
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

    private static byte[] pdf(String marker) {
        String body = "%PDF-1.4\n% " + UUID.nameUUIDFromBytes(marker.getBytes(StandardCharsets.UTF_8)) + "\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private static long count(String sql) throws SQLException {
        try (var c = DriverManager.getConnection(System.getProperty("tongban.test.db.url"),
                System.getProperty("tongban.test.db.user"), System.getProperty("tongban.test.db.password"));
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
