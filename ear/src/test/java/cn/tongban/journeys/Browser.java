package cn.tongban.journeys;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * A headless Chromium with a fresh profile for one journey, signing in and out through the portal's header and
 * leaving a numbered screenshot of each step in {@code target/screenshots/<journey>/}. Close it after the journey.
 */
final class Browser implements AutoCloseable {

    /** The portal's root; the web module is deployed at context root "/". */
    static final String BASE = System.getProperty("tongban.base.url", "http://localhost:8080/");
    private static final String PASSWORD = "Tongban@2026";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final Path screenshots;
    private int step;

    Browser(String journey) throws IOException {
        profile = Files.createTempDirectory("tongban-chromium-");
        driver = chromium(profile, "1400,1000");
        wait = new WebDriverWait(driver, TIMEOUT);
        // Chromium may report a node that an AJAX update just replaced as an "inspector error": poll again.
        wait.ignoring(WebDriverException.class);
        screenshots = Path.of("target", "screenshots", journey);
    }

    /**
     * Debian's headless Chromium with a fresh profile folder, in Chinese. With the driver's path given, Selenium
     * Manager never runs (it would try to reach the internet); as root, --no-sandbox is required.
     */
    static ChromeDriver chromium(Path profile, String windowSize) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--window-size=" + windowSize, "--lang=zh-CN",
                "--user-data-dir=" + profile);
        // --lang alone does not always reach the Accept-Language header in headless mode.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        return new ChromeDriver(options);
    }

    /** Deletes a folder and what it holds, e.g. a browser profile; nothing if it is not there. */
    static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    void signIn(String username) {
        signIn(driver, wait, username);
    }

    void signOut() {
        signOut(wait);
    }

    void click(By locator) {
        click(wait, locator);
    }

    void type(By locator, String text) {
        var field = wait.until(visibilityOfElementLocated(locator));
        field.clear();
        field.sendKeys(text);
    }

    /** Types each value of the online form into its field ({@link #fillIn(WebDriver, JsonObject)}). */
    void fillIn(JsonObject form) {
        fillIn(driver, form);
    }
    /**
     * Chooses the option of a PrimeFaces select menu whose label contains the text. The menu's panel fades in, and a
     * click during the fade can go astray, so the choice is repeated until the menu shows it.
     */
    void choose(String menuId, String labelPart) {
        By menu = By.id(menuId);
        By panel = By.id(menuId + "_panel");
        By label = By.id(menuId + "_label");
        By option = By.cssSelector("li[data-label*='" + labelPart + "']");
        wait.until(driver -> {
            if (driver.findElement(label).getText().contains(labelPart)) {
                return true;
            }
            if (driver.findElement(panel).isDisplayed()) {
                driver.findElement(panel).findElement(option).click();
            } else {
                driver.findElement(menu).click();
            }
            return false;
        });
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- The same steps for journeys that hold their own driver and wait ----

    /** Signs in through the header's link; the portal then shows the user's own start page. */
    static void signIn(WebDriver driver, WebDriverWait wait, String username) {
        driver.get(BASE);
        click(wait, By.id("signIn"));
        wait.until(visibilityOfElementLocated(By.id("j_username"))).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(PASSWORD);
        click(wait, By.id("login"));
        wait.until(presenceOfElementLocated(By.id("signedInUser")));
    }

    static void signOut(WebDriverWait wait) {
        click(wait, By.id("session:logout"));
        wait.until(presenceOfElementLocated(By.id("signIn")));
    }

    static void click(WebDriverWait wait, By locator) {
        wait.until(elementToBeClickable(locator)).click();
    }

    /**
     * Types each value of an online form into its field (found by {@code data-field}); choices and dates are set the
     * way a person's picker would set them.
     */
    static void fillIn(WebDriver driver, JsonObject form) {
        form.forEach((name, value) -> {
            String text = ((JsonString) value).getString();
            WebElement field = driver.findElement(By.cssSelector("[data-field='" + name + "']"));
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByVisibleText(text);
            } else if ("date".equals(field.getAttribute("type"))) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, text);
            } else {
                field.clear();
                field.sendKeys(text);
            }
        });
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }
}
