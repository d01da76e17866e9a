package cn.hubei.yishi.advisor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium through /usr/bin/chromedriver. Tests that need it are skipped where it is
 * not installed, except under CI (CI=true), where a missing browser fails the build.
 */
public final class Browsers {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    private Browsers() {
    }

    public static ChromeDriver open(boolean javascript) throws IOException {
        if (!CHROMEDRIVER.canExecute() || !CHROMIUM.canExecute()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI needs chromium and chromium-driver (Debian packages): .ci/run installs them");
            }
            Assumptions.abort("no /usr/bin/chromium and /usr/bin/chromedriver here: browser tests skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--lang=zh-CN");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Waits until the address contains {@code part} and the page has loaded. */
    public static void waitForUrl(WebDriver b, String part) {
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(part)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
