package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.it.SampleForms;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * Applying with materials in a real browser (网上申报, 第四条): the applicant fills in part of the form, uploads a
 * material (which keeps the form as a draft), leaves, resumes the draft from 我的办件, uploads the other required
 * materials, is told what is still missing, and submits; the clerk sees the files with their SHA-256.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplyJourneyIT {

    private static final List<String> REQUIRED = List.of("建筑工程施工许可证申请表", "建设工程规划许可证", "施工合同",
            "施工图设计文件审查合格书", "建设资金已经落实承诺书", "保证工程质量和安全的具体措施");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aDraftWithAnUploadIsResumedCompletedAndSubmitted() throws Exception {
        Path pdf = Files.createTempFile("contract-", ".pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        long draftsBefore = Http.count("SELECT COUNT(*) FROM application_draft");
        try (Browser browser = new Browser("apply-journey")) {
            browser.signIn("zhangsan");
            browser.driver.get(Browser.BASE + "applicant/apply.xhtml?code=ZJJ-001");
            browser.wait.until(visibilityOfElementLocated(By.id("apply:submit")));
            JsonObject form = SampleForms.constructionPermit();
            fillIn(browser, "projectName", form.getString("projectName"));
            upload(browser, "施工合同", pdf);
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已作为“施工合同”上传"));
            browser.screenshot("first-material-uploaded");
            assertEquals(draftsBefore + 1, Http.count("SELECT COUNT(*) FROM application_draft"));

            // leave, and come back through 我的办件
            browser.driver.get(Browser.BASE + "applicant/applications.xhtml");
            browser.wait.until(presenceOfElementLocated(By.id("drafts")));
            browser.screenshot("my-drafts");
            // the latest saved draft comes first
            browser.click(By.xpath("(//*[contains(@class, 'resume-draft')]/descendant-or-self::a)[1]"));
            browser.wait.until(visibilityOfElementLocated(By.id("apply:submit")));
            assertEquals(form.getString("projectName"),
                    browser.driver.findElement(By.cssSelector("[data-field='projectName']")).getAttribute("value"));
            assertTrue(browser.driver.findElement(By.id("apply:materials")).getText().contains(pdf.getFileName().toString()));
            browser.screenshot("draft-resumed");

            form.forEach((name, value) -> fillIn(browser, name, ((JsonString) value).getString()));
            browser.click(By.id("apply:submit"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "尚缺 5 项必需的申请材料"));
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("materials-missing");

            for (String material : REQUIRED) {
                if (!material.equals("施工合同")) {
                    upload(browser, material, pdf);
                    browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已作为“" + material + "”上传"));
                }
            }
            browser.click(By.id("apply:submit"));
            String receipt = browser.wait.until(visibilityOfElementLocated(By.id("receiptNumber"))).getText().strip();
            browser.screenshot("submitted");
            assertEquals(draftsBefore, Http.count("SELECT COUNT(*) FROM application_draft"), "the draft became the application");
            assertEquals(REQUIRED.size(), Http.count("SELECT COUNT(*) FROM application_material m JOIN application a "
                    + "ON a.id = m.application_id WHERE a.receipt_number = '" + receipt + "'"));
            browser.signOut();

            browser.signIn("clerk");
            long task = Http.count("SELECT t.id FROM task t JOIN application a ON a.id = t.application_id "
                    + "WHERE a.receipt_number = '" + receipt + "' AND t.kind = 'ACCEPTANCE'");
            browser.driver.get(Browser.BASE + "staff/task.xhtml?receipt=" + receipt + "&taskId=" + task);
            WebElement table = browser.wait.until(visibilityOfElementLocated(By.id("materials")));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", table);
            assertTrue(browser.driver.findElement(By.id("materials")).findElements(By.cssSelector("code.sha256")).size()
                    == REQUIRED.size());
            browser.screenshot("clerk-sees-materials");

            // 补正: the clerk asks for a better copy of the contract, the applicant uploads it with the correction
            browser.type(By.id("task:items"), "施工合同扫描件不清晰，请重新上传");
            browser.click(By.id("task:requestCorrection"));
            browser.wait.until(textToBePresentInElementLocated(By.id("applicationStatus"), "待补正"));
            browser.signOut();

            browser.signIn("zhangsan");
            browser.driver.get(Browser.BASE + "applicant/correct.xhtml?receipt=" + receipt);
            browser.wait.until(visibilityOfElementLocated(By.id("correct:resubmit")));
            new Select(browser.driver.findElement(By.id("correct:materialName"))).selectByVisibleText("施工合同");
            browser.driver.findElement(By.cssSelector("#correct input[type='file']")).sendKeys(pdf.toAbsolutePath().toString());
            browser.click(By.id("correct:upload"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已作为“施工合同”上传"));
            browser.screenshot("correction-material-uploaded");
            browser.click(By.id("correct:resubmit"));
            browser.wait.until(textToBePresentInElementLocated(By.id("messages"), "已补正"));
            assertEquals(REQUIRED.size() + 1, Http.count("SELECT COUNT(*) FROM application_material m JOIN application a "
                    + "ON a.id = m.application_id WHERE a.receipt_number = '" + receipt + "'"));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static void upload(Browser browser, String material, Path file) {
        new Select(browser.wait.until(visibilityOfElementLocated(By.id("apply:materialName")))).selectByVisibleText(material);
        browser.driver.findElement(By.cssSelector("#apply input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("apply:upload"));
    }

    private static void fillIn(Browser browser, String name, String text) {
        WebElement field = browser.wait.until(presenceOfElementLocated(By.cssSelector("[data-field='" + name + "']")));
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByVisibleText(text);
        } else if ("date".equals(field.getAttribute("type"))) {
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", field, text);
        } else {
            field.clear();
            field.sendKeys(text);
        }
    }
}
