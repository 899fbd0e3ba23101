package vn.thidua.eligibility.pages;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven
 * through its own chromedriver: both paths are given, so Selenium Manager has nothing to look up or
 * download. Each browser has a fresh profile, removed on close.
 */
final class Browser implements AutoCloseable {
    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        // the console keeps what the page's Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    static Browser launch(int port) {
        try {
            return new Browser(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    Browser logIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        open(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        assertThat(path()).isEqualTo("/");
        return this;
    }

    /**
     * Clicks a link or a submit button and waits for the next page: a click returns before the
     * browser has left the page it was on.
     */
    Browser open(WebElement linkOrButton) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        linkOrButton.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Chromium may answer "node does not belong to the document" instead of "stale" mid-navigation:
        // either way the old page is gone.
        wait.until(d -> {
            try {
                leaving.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    Browser open(By linkOrButton) {
        return open(find(linkOrButton));
    }

    /**
     * Clicks a button whose form asks before it is sent (data-confirm) and answers the question: yes
     * waits for the next page, no stays. Returns the question asked; fails when none is asked.
     */
    String answer(By button, boolean yes) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        find(button).click();
        Alert alert = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        if (yes) {
            alert.accept();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(leaving));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } else {
            alert.dismiss();
        }
        return question;
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** What Chromium wrote to the console since the last call. */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    String h1() {
        return find(By.tagName("h1")).getText();
    }

    String text() {
        return find(By.tagName("body")).getText();
    }

    void type(String id, String value) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Waits, reloads included, until the page shows the text: a running run's page refreshes itself. */
    void waitForText(String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Nothing wider than the window: wide tables scroll inside their own frame, not the page. */
    void assertFitsTheWindow() {
        Number overflow = (Number) script("""
                const root = document.documentElement;
                return root.scrollWidth - root.clientWidth;""");
        @SuppressWarnings("unchecked")
        List<String> culprits = overflow.intValue() <= 0 ? List.of() : (List<String>) script("""
                const width = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > width + 1)
                  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');""");
        assertThat(overflow.intValue()).as("pixels wider than the window at %s on %s, from %s",
                driver.manage().window().getSize(), path(), culprits).isLessThanOrEqualTo(0);
    }

    /** Every visible field has a label that names it, for screen readers and for clicking. */
    void assertEveryFieldIsLabelled() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) script("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(f => !(f.labels && f.labels.length && f.labels[0].textContent.trim()))
                  .map(f => f.outerHTML);""");
        assertThat(unlabelled).as("fields without a label on " + path()).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
