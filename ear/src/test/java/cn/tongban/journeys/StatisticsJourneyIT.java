package cn.tongban.journeys;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import cn.tongban.it.SampleForms;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The statistics dashboard in a real browser (第二十七条): the service office opens it from the header, sees the
 * charts drawn, narrows it to one department, and exports the table as Excel and as CSV — both fetched with the
 * page's own session and opened as a spreadsheet program would. Screenshots in {@code target/screenshots/statistics}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsJourneyIT {

    /** Whether a chart's canvas has been drawn on: any pixel that is not fully transparent. */
    private static final String CANVAS_DRAWN = """
            const canvas = document.querySelector(arguments[0] + ' canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) { return false; }
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) { return true; } }
            return false;""";

    /** Submits the export button's form as the browser would, and hands back the answer's bytes in Base64. */
    private static final String EXPORT = """
            const done = arguments[arguments.length - 1];
            const button = document.getElementById(arguments[0]);
            const form = button.form;
            const body = new URLSearchParams(new FormData(form));
            body.append(button.name, button.name);
            fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})
                .then(r => r.arrayBuffer().then(b => ({type: r.headers.get('Content-Type'), bytes: new Uint8Array(b)})))
                .then(r => { let s = ''; r.bytes.forEach(x => s += String.fromCharCode(x)); done([r.type, btoa(s)]); })
                .catch(e => done(['error', String(e)]));""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theServiceOfficeSeesTheChartsAndExportsTheFigures() throws Exception {
        // at least one application this month, so that the matter has a row to export
        var created = Http.submit("zhangsan",
                "{\"matterCode\": \"ZJJ-001\", \"form\": " + SampleForms.constructionPermitJson() + "}");
        assertEquals(201, created.statusCode(), created.body());

        try (Browser browser = new Browser("statistics")) {
            browser.signIn("office");
            browser.click(By.id("statisticsLink"));
            browser.wait.until(presenceOfElementLocated(By.id("totals")));
            for (String chart : List.of("#volumeChart", "#trendChart", "#ratingChart")) {
                browser.wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(CANVAS_DRAWN, chart));
            }
            assertTrue(Long.parseLong(browser.driver.findElement(By.id("totalReceived")).getText()) >= 1);
            browser.screenshot("city");

            // one department: the charts go by matter
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("filters:department")))
                    .selectByValue("ZJJ");
            browser.wait.until(driver -> driver.findElement(By.id("filters:matter")).getText().contains("ZJJ-001"));
            browser.click(By.id("filters:show"));
            browser.wait.until(textToBePresentInElementLocated(By.id("scope"), "住房和城乡建设局"));
            browser.wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(CANVAS_DRAWN, "#volumeChart"));
            browser.wait.until(presenceOfElementLocated(By.cssSelector(".matter-ZJJ-001")));
            String received = browser.driver.findElement(By.xpath(
                    "//tr[.//span[contains(@class, 'matter-ZJJ-001')]]//span[contains(@class, 'received')]")).getText();
            browser.screenshot("department");

            String[] xlsx = export(browser, "report:exportXlsx");
            assertTrue(xlsx[0].startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx[0]);
            List<List<String>> sheet = rows(Base64.getDecoder().decode(xlsx[1]));
            assertEquals(List.of("单位", "事项", "收件", "受理", "作出决定", "办结", "评价数", "平均评分", "按时办结率（%）",
                    "平均用时（工作日）", "当前超期", "预警", "超时告警", "投诉举报"), sheet.get(0));
            List<String> matter = sheet.stream().filter(r -> r.size() > 1 && r.get(1).startsWith("ZJJ-001")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for ZJJ-001 in " + sheet));
            assertEquals(received, matter.get(2), "the export shows what the page shows");

            String[] csv = export(browser, "report:exportCsv");
            assertTrue(csv[0].startsWith("text/csv"), csv[0]);
            byte[] bytes = Base64.getDecoder().decode(csv[1]);
            assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                    "UTF-8 with a byte order mark, so that Excel reads the Chinese");
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\"单位\",\"事项\",\"收件\""), text);
            assertTrue(text.contains("ZJJ-001"), text);
        }
    }

    private static String[] export(Browser browser, String buttonId) {
        Object answer = ((JavascriptExecutor) browser.driver).executeAsyncScript(EXPORT, buttonId);
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) answer;
        assertTrue(!"error".equals(parts.get(0)), String.valueOf(parts));
        return parts.toArray(String[]::new);
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell).strip()));
                rows.add(cells);
            }
            return rows;
        }
    }
}
