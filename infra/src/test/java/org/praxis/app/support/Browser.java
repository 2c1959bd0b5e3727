package org.praxis.app.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * A person in front of real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}).
 * Screenshots are saved only when {@code -Dpraxis.screenshots=<folder>} is given.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions()
                .setBinary(firstExisting(BROWSERS, "Chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,900", "--lang=en");
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(firstExisting(DRIVERS, "chromedriver"))).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector("header.bar .who"));
    }

    public WebElement waitFor(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(200))
                .until(detachedMeansNotYet(ExpectedConditions.visibilityOfElementLocated(element)));
    }

    public void waitForText(By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(200))
                .until(detachedMeansNotYet(ExpectedConditions.textToBePresentInElementLocated(element, text)));
    }

    /**
     * The condition, looked at again when the page replaced the element while it was being read (htmx swaps
     * fragments). Selenium's conditions treat a stale element so, but ChromeDriver sometimes reports one as an
     * "unknown error: … Node with given id does not belong to the document" (SeleniumHQ/selenium#15401).
     */
    private static <T> ExpectedCondition<T> detachedMeansNotYet(ExpectedCondition<T> condition) {
        return page -> {
            try {
                return condition.apply(page);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /**
     * What the pages wrote to the console as errors since this was last asked: scripts that failed, styles or scripts
     * the Content-Security-Policy refused, files that could not be loaded.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    public WebElement find(By element) {
        return driver.findElement(element);
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the page as {@code <name>.png} when screenshots were asked for. */
    public void snap(String name) {
        String folder = System.getProperty("praxis.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path target = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String firstExisting(List<String> candidates, String what) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException(what + " was not found in " + candidates
                        + ": install it with 'apt-get install chromium chromium-driver' (.ci/run does)"));
    }
}
