package ru.fieldcrm.shared;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver, never a downloaded browser. Sizes: a
 * desktop window and a 390 px phone. Screenshots go to target/screenshots for people to look at.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final URI base;

    public Browser(URI base) {
        this.base = base;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--lang=ru-RU", "--force-device-scale-factor=1");
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /**
     * Shows the page at this size. Smaller than a desktop, the page is emulated as a phone
     * (viewport and touch), since a browser window cannot be made that narrow.
     */
    public void resize(Dimension size) {
        if (size.getWidth() < DESKTOP.getWidth()) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                    "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(size);
        }
    }

    public WebElement find(String css) {
        return waitFor(css);
    }

    /** Waits of at most 15 s that look again when ajax replaced what they were looking at. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebElement waitFor(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void waitForText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitForNoText(String css, String text) {
        waiting().until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text)));
    }

    public void waitForValue(String css, String value) {
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(css), "value", value));
    }

    /**
     * Picks an item of a p:selectOneMenu ({@code menu} selects the menu, e.g. {@code #form\\:gateway})
     * once its panel has finished opening: a click that lands while it is still fading in is taken
     * for a click outside, which closes it. Done when the menu's input holds {@code value}.
     */
    public void choose(String menu, String label, String value) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d -> {
            String panel = d.findElement(By.cssSelector(menu + "_panel")).getDomAttribute("class");
            if (!panel.contains("ui-connected-overlay-enter-done")) {
                if (!panel.contains("ui-connected-overlay-enter")) {
                    d.findElement(By.cssSelector(menu)).click();
                }
                return false;
            }
            d.findElement(By.cssSelector(menu + "_items li[data-label='" + label + "']")).click();
            return value.equals(d.findElement(By.cssSelector(menu + "_input")).getDomProperty("value"));
        });
    }

    /** Scrolls the page so that the first match stands at the top of the window (for a screenshot of it). */
    public void scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView()", find(css));
    }

    /** Clicks the first visible match, again if ajax replaced it meanwhile. */
    public void click(String css) {
        waiting().until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            if (!element.isDisplayed()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /**
     * Replaces what the input holds by this text. Masked inputs (p:inputNumber) put their format
     * back after a plain clear, so whatever is left is selected and deleted from the keyboard.
     */
    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        if (!input.getAttribute("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        input.sendKeys(text);
    }

    /** Empties an input from the keyboard, so that its keyup behaviours (live filters) run. */
    public void erase(String css) {
        find(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }

    /**
     * Clicks and waits for the page to be replaced (a full request, not ajax) and loaded, so that its
     * scripts (the widgets' ajax behaviours) are in place before the test types.
     */
    public void clickAndWaitForPage(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(old)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element left the document. Chrome answers "stale" or, while the next page is
     * being built, "node does not belong to the document": both mean it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    public void signIn(String login, String password) {
        open("login.xhtml");
        type("#loginForm\\:login", login);
        type("#loginForm\\:password", password);
        clickAndWaitForPage("#loginForm\\:submit");
    }

    public void signOut() {
        clickAndWaitForPage("#signOutForm\\:signOut");
    }

    /** Saves a PNG of the window as target/screenshots/NAME.png, once transitions have ended. */
    public void screenshot(String name) {
        try {
            Thread.sleep(300);
            Path directory = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
