package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * The catalogue in a real browser (headless Chromium) against the real EAR: a department changes a matter's guide
 * through a new version, its leader confirms it after reading what changed, the service office files and publishes
 * it, and the public guide shows the change; the public list finds matters by part of a Chinese word and pages
 * through the catalogue by links; a new matter's texts stay text; the service office imports catalogue files.
 * Every step leaves a screenshot in {@code target/screenshots/<journey>/}. Each test opens its own browser with a
 * fresh profile and creates what it needs, so no test depends on another. The first journey changes ZJJ-002 in
 * the shared test database: no other test relies on ZJJ-002's time limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueChangeJourneyIT {

    private static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION_ID = Pattern.compile("[?&]id=(\\d+)");

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
    void departmentDraftsLeaderConfirmsOfficePublishesAndTheGuideShowsIt() {
        screenshotsInto("catalogue-change");

        signIn("deptadmin");
        click(By.id("catalogueLink"));
        wait.until(visibilityOfElementLocated(By.id("myMatters")));
        screenshot("deptadmin-catalogue");
        click(By.cssSelector("a.versions-ZJJ-002"));
        wait.until(textToBePresentInElementLocated(By.id("matterVersionsHeading"), "ZJJ-002"));
        screenshot("deptadmin-versions");

        click(By.cssSelector("#newVersion a, a#newVersion"));
        WebElement promisedDays = wait.until(visibilityOfElementLocated(By.id("edit:promisedDays")));
        int before = Integer.parseInt(promisedDays.getDomProperty("value"));
        assertTrue(before > 2, "ZJJ-002 promises " + before + " working days");
        int after = before - 2;
        promisedDays.clear();
        promisedDays.sendKeys(String.valueOf(after));
        browser.findElement(By.id("edit:reason")).sendKeys("压减承诺时限两个工作日，提高审批效率。");
        screenshot("deptadmin-new-version");
        click(By.id("edit:save"));
        wait.until(textToBe(By.id("versionStatus"), "草稿"));
        assertTrue(text(By.id("messages")).contains("已保存"), text(By.id("messages")));
        String versionId = versionIdOf(browser.getCurrentUrl());
        screenshot("deptadmin-draft-saved");
        signOut();

        signIn("approver");
        click(By.id("catalogueLink"));
        wait.until(visibilityOfElementLocated(By.cssSelector("#toConfirm a.version-" + versionId)));
        screenshot("approver-catalogue");
        click(By.cssSelector("#toConfirm a.version-" + versionId));
        wait.until(visibilityOfElementLocated(By.cssSelector("tr.diff-promisedDays")));
        assertEquals(String.valueOf(before), text(By.cssSelector("tr.diff-promisedDays td.before")));
        assertEquals(String.valueOf(after), text(By.cssSelector("tr.diff-promisedDays td.after")));
        assertEquals(1, browser.findElements(By.cssSelector("#diff tbody tr")).size(), "only the promised days changed");
        assertEquals("压减承诺时限两个工作日，提高审批效率。", text(By.id("changeReason")));
        screenshot("approver-reads-the-changes");
        click(By.id("step:confirm"));
        wait.until(textToBe(By.id("versionStatus"), "已确认"));
        screenshot("approver-confirmed");
        signOut();

        signIn("office");
        click(By.id("catalogueLink"));
        wait.until(visibilityOfElementLocated(By.cssSelector("#toFile a.version-" + versionId)));
        screenshot("office-catalogue");
        click(By.cssSelector("#toFile a.version-" + versionId));
        click(By.id("step:file"));
        wait.until(textToBe(By.id("versionStatus"), "已备案"));
        screenshot("office-filed");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertEquals(today, browser.findElement(By.id("step:effectiveFrom_input")).getDomProperty("value"));
        click(By.id("step:publish"));
        wait.until(textToBe(By.id("versionStatus"), "现行有效"));
        assertEquals(today, text(By.id("effectiveFrom")));
        // the version in force compares with the one it replaced, and any other version can be chosen by address
        assertTrue(text(By.id("diffBeforeHeading")).contains("已被替代"), text(By.id("diffBeforeHeading")));
        assertEquals(String.valueOf(before), text(By.cssSelector("tr.diff-promisedDays td.before")));
        screenshot("office-published");
        new Select(browser.findElement(By.id("comparison:with"))).selectByIndex(0);
        click(By.id("comparison:show"));
        wait.until(urlContains("compare="));
        assertEquals(String.valueOf(after), text(By.cssSelector("tr.diff-promisedDays td.after")));
        signOut();

        browser.get(BASE + "matter.xhtml?code=ZJJ-002");
        wait.until(textToBe(By.id("promisedDays"), after + " 个工作日"));
        assertEquals("15 个工作日", text(By.id("statutoryDays")));
        screenshot("public-guide-changed");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(textToBe(By.id("promisedDays"), after + " 个工作日"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                "the guide fits a phone's width");
        screenshot("public-guide-on-a-phone");
    }

    @Test
    void searchingPartOfAChineseWordFindsBothConstructionPermitsAtABookmarkableAddress() {
        screenshotsInto("catalogue-search");

        browser.get(BASE + "matters.xhtml");
        wait.until(visibilityOfElementLocated(By.id("search:q"))).sendKeys("施工");
        click(By.id("search:searchButton"));
        wait.until(urlContains("q="));
        assertListsOnly("建筑工程施工许可证核发", "工程建设项目施工许可阶段并联审批");
        screenshot("search-results");

        String bookmark = browser.getCurrentUrl();
        browser.get("about:blank");
        browser.get(bookmark);
        assertListsOnly("建筑工程施工许可证核发", "工程建设项目施工许可阶段并联审批");
        assertEquals("施工", browser.findElement(By.id("search:q")).getDomProperty("value"));

        browser.get(BASE + "matters.xhtml?q=%E6%96%BD%E5%B7%A5&department=ZJJ&kind=ADMINISTRATIVE_LICENSE");
        assertListsOnly("建筑工程施工许可证核发", "工程建设项目施工许可阶段并联审批");
        browser.get(BASE + "matters.xhtml?q=%E6%96%BD%E5%B7%A5&kind=PUBLIC_SERVICE");
        wait.until(textToBePresentInElementLocated(By.id("table"), "没有符合条件的事项"));
        screenshot("filtered-to-nothing");

        browser.get(BASE + "matters.xhtml?kind=NO_SUCH_KIND");
        wait.until(textToBePresentInElementLocated(By.id("messages"), "事项类型无效"));
        screenshot("invalid-kind-ignored");
    }

    @Test
    void theListPagesThroughTheCatalogueByLinks() {
        screenshotsInto("catalogue-pages");

        browser.get(BASE + "matters.xhtml?size=10");
        int total = Integer.parseInt(text(By.id("found")).replaceAll("\\D", ""));
        assertTrue(total > 10, total + " matters");
        assertEquals(10, matterLinks().size());
        String firstOfPageOne = matterLinks().get(0).getText();
        assertEquals("第 1 页，共 " + (total + 9) / 10 + " 页", text(By.id("pageOf")));
        screenshot("page-one");

        click(By.id("nextPage"));
        wait.until(urlContains("page=2"));
        wait.until(textToBePresentInElementLocated(By.id("pageOf"), "第 2 页"));
        assertTrue(browser.getCurrentUrl().contains("size=10"), browser.getCurrentUrl());
        assertEquals(Math.min(10, total - 10), matterLinks().size());
        assertNotEquals(firstOfPageOne, matterLinks().get(0).getText());
        screenshot("page-two");

        browser.get(BASE + "matters.xhtml?size=10&page=999");
        wait.until(textToBePresentInElementLocated(By.id("pageOf"), "第 " + (total + 9) / 10 + " 页"));
        assertFalse(matterLinks().isEmpty(), "a page past the end shows the last one");
    }

    @Test
    void newMatterIsCheckedKeepsItsTextsAsTextAndComesBackWithTheOfficesComment() throws Exception {
        screenshotsInto("catalogue-new-matter");
        String code = "ZJJ-T" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String name = "<b>加粗</b>测试事项";
        String condition = "<script>window.injected = true;</script>";

        signIn("deptadmin");
        click(By.id("catalogueLink"));
        click(By.cssSelector("#newMatter a, a#newMatter"));
        wait.until(visibilityOfElementLocated(By.id("edit:code"))).sendKeys(code);
        browser.findElement(By.id("edit:name")).sendKeys(name);
        browser.findElement(By.id("edit:statutoryDays")).sendKeys("10");
        browser.findElement(By.id("edit:promisedDays")).sendKeys("20");
        browser.findElement(By.id("edit:conditions")).sendKeys("申请人为本市企业\n" + condition);
        browser.findElement(By.id("edit:reason")).sendKeys("新增事项");
        click(By.id("edit:save"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "承诺时限应为 1 至法定时限之间"));
        assertEquals(0, Http.count("SELECT COUNT(*) FROM matter WHERE code = '" + code + "'"),
                "a refused draft stores nothing");
        screenshot("time-limits-refused");

        WebElement promisedDays = browser.findElement(By.id("edit:promisedDays"));
        promisedDays.clear();
        promisedDays.sendKeys("5");
        click(By.id("edit:save"));
        wait.until(textToBe(By.id("versionStatus"), "草稿"));
        String versionId = versionIdOf(browser.getCurrentUrl());
        assertEquals(code, text(By.id("versionMatterCode")));
        assertTrue(text(By.id("versionHeading")).startsWith(name), text(By.id("versionHeading")));
        assertTrue(browser.findElements(By.cssSelector("#versionHeading b")).isEmpty(), "markup is shown as text");
        assertTrue(text(By.id("conditions")).contains(condition), text(By.id("conditions")));
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.injected === true;"));
        assertTrue(browser.findElements(By.id("diffFirst")).size() == 1, "a new matter's first version compares with none");
        screenshot("new-matter-draft");
        signOut();

        signIn("approver");
        browser.get(BASE + "staff/catalogue-version.xhtml?id=" + versionId);
        click(By.id("step:confirm"));
        wait.until(textToBe(By.id("versionStatus"), "已确认"));
        signOut();

        signIn("office");
        browser.get(BASE + "staff/catalogue-version.xhtml?id=" + versionId);
        click(By.id("step:returnToDraft"));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "退回时请说明理由"));
        assertEquals("已确认", text(By.id("versionStatus")), "a return without a comment changes nothing");
        screenshot("return-without-comment-refused");
        browser.findElement(By.id("step:comment")).sendKeys("请补充设定依据。");
        click(By.id("step:returnToDraft"));
        wait.until(textToBe(By.id("versionStatus"), "草稿"));
        assertEquals("请补充设定依据。", text(By.id("lastComment")));
        screenshot("returned-with-comment");
        signOut();

        signIn("deptadmin");
        browser.get(BASE + "staff/catalogue-matter.xhtml?code=" + code);
        wait.until(visibilityOfElementLocated(By.cssSelector("#editDraft a, a#editDraft")));
        screenshot("deptadmin-sees-the-draft-back");
    }

    @Test
    void theGuideTellsEverythingNeededBeforeApplyingInBothLanguages() {
        screenshotsInto("catalogue-guide");

        browser.get(BASE + "matter.xhtml?code=SCJGJ-003");
        wait.until(textToBe(By.id("matterCode"), "SCJGJ-003"));
        assertEquals("不收费", text(By.id("fee")));
        WebElement materials = browser.findElement(By.id("materials"));
        assertTrue(materials.getText().contains("开办餐饮店一件事综合申请表.docx"), materials.getText());
        assertTrue(materials.getText().contains("复印件"), materials.getText());
        WebElement branches = browser.findElement(By.id("branches"));
        WebElement prerequisite = branches.findElement(By.xpath(".//tr[.//*[contains(@class, 'prerequisite-mark')]]"));
        assertTrue(prerequisite.getText().contains("东莞市市场监督管理局"), prerequisite.getText());
        assertTrue(prerequisite.getText().contains("食品经营许可（餐饮服务）"), prerequisite.getText());
        assertTrue(branches.getText().contains("东莞市水务局"), branches.getText());
        assertEquals(1, branches.findElements(By.className("prerequisite-mark")).size());
        assertTrue(text(By.id("formFields")).contains("法定代表人身份证号码"), text(By.id("formFields")));
        assertTrue(text(By.id("formFields")).contains("身份证号码"), text(By.id("formFields")));
        assertEquals("0769-22831003", text(By.id("contactPhone")));
        assertEquals(List.of("设定依据", "申请条件", "申请材料", "收费标准", "办理流程", "申请表单", "咨询方式", "服务承诺",
                        "表格下载", "常见问题", "我要咨询"),
                browser.findElements(By.cssSelector("main h2:not(.visually-hidden)")).stream().map(WebElement::getText).toList());
        screenshot("parallel-matter-guide");

        click(By.id("language:english"));
        wait.until(textToBe(By.id("branchesHeading"), "Departments examining in parallel"));
        assertTrue(text(By.id("branches")).contains("Dongguan Water Affairs Bureau"), text(By.id("branches")));
        assertEquals("Opening a Restaurant One-Stop Service", text(By.id("matterName")));
        screenshot("parallel-matter-guide-in-english");

        click(By.id("language:chinese"));
        // the switch answers with a redirect; navigating before it arrives would race it
        wait.until(attributeContains(By.tagName("html"), "lang", "zh"));
        browser.get(BASE + "matter.xhtml?code=GAJ-001");
        wait.until(visibilityOfElementLocated(By.id("offlineNotice")));
        assertTrue(text(By.id("counterAddress")).contains("东莞市公安局治安业务受理窗口"), text(By.id("counterAddress")));
        assertTrue(browser.findElements(By.id("apply")).isEmpty(), "an offline-only matter offers no apply button");
        screenshot("offline-matter-counter");
    }

    @Test
    void officeImportsACatalogueFileOrLearnsWhichMatterAndFieldAreWrong() throws Exception {
        screenshotsInto("catalogue-import");
        String code = "ZJJ-I" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        JsonObject known = seedMatter("ZJJ-001");
        Path wrong = catalogueFile("wrong", Json.createObjectBuilder(known).add("code", code).add("promisedDays", 99).build());
        Path existing = catalogueFile("existing", known);

        signIn("office");
        click(By.id("catalogueLink"));
        click(By.cssSelector("#toImport a, a#toImport"));
        upload(wrong);
        wait.until(textToBePresentInElementLocated(By.id("messages"), code));
        assertTrue(text(By.id("messages")).contains("promisedDays"), text(By.id("messages")));
        assertEquals(0, Http.count("SELECT COUNT(*) FROM matter WHERE code = '" + code + "'"),
                "a refused file imports nothing");
        screenshot("refused-file");

        upload(existing);
        wait.until(textToBePresentInElementLocated(By.id("messages"), "导入完成：新增 0 个事项"));
        screenshot("file-with-known-matters");
    }

    private void upload(Path file) {
        WebElement input = wait.until(presenceOfElementLocated(By.cssSelector("#import input[type=file]")));
        assertEquals(1, browser.findElements(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).size(),
                "the file input has its label");
        input.sendKeys(file.toAbsolutePath().toString());
        click(By.id("import:upload"));
    }

    private void assertListsOnly(String... names) {
        wait.until(presenceOfElementLocated(By.cssSelector("#table a[class^='matter-']")));
        List<String> listed = matterLinks().stream().map(WebElement::getText).map(String::strip).sorted().toList();
        assertEquals(Stream.of(names).sorted().toList(), listed);
    }

    private List<WebElement> matterLinks() {
        return browser.findElements(By.cssSelector("#table a[class^='matter-']"));
    }

    private static JsonObject seedMatter(String code) throws IOException {
        try (InputStream in = CatalogueChangeJourneyIT.class.getClassLoader().getResourceAsStream("seed/catalogue.json");
             var reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("matters").stream().map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
        }
    }

    private Path catalogueFile(String name, JsonObject matter) throws IOException {
        Path file = profile.resolve(name + ".json");
        String json = Json.createObjectBuilder().add("departments", Json.createArrayBuilder())
                .add("matters", Json.createArrayBuilder().add(matter)).build().toString();
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static String versionIdOf(String url) {
        Matcher id = VERSION_ID.matcher(url);
        assertTrue(id.find(), url);
        return id.group(1);
    }

    /** Signs in through the header's link; the portal then shows the user's own start page. */
    private void signIn(String username) {
        Browser.signIn(browser, wait, username);
    }

    private void signOut() {
        Browser.signOut(wait);
    }

    private String text(By locator) {
        return wait.until(presenceOfElementLocated(locator)).getText().strip();
    }

    private void click(By locator) {
        Browser.click(wait, locator);
    }

    private void screenshotsInto(String journey) {
        screenshots = Path.of("target", "screenshots", journey);
        step = 0;
    }

    /** The whole page, not only the window: the guide and the version page are long. */
    private void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            byte[] png;
            if (browser instanceof HasCdp cdp) {
                @SuppressWarnings("unchecked")
                List<Number> size = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                        "var e = document.documentElement; return [e.scrollWidth, e.scrollHeight];");
                png = Base64.getDecoder().decode((String) cdp.executeCdpCommand("Page.captureScreenshot", Map.of(
                        "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1)))
                        .get("data"));
            } else {
                png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            }
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
