package cn.hubei.yishi.advisor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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

    /**
     * What the page prints, as text: Chromium's own print to PDF (DevTools Page.printToPDF, A4, the print
     * stylesheet applied), read back with poppler's pdftotext: {@code raw} in the order Chromium painted it
     * (cell by cell, row by row: a table row reads as one run), otherwise as laid out on the page.
     */
    public static String printedText(ChromeDriver b, boolean raw) throws IOException, InterruptedException {
        File pdftotext = new File("/usr/bin/pdftotext");
        if (!pdftotext.canExecute()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI needs pdftotext (Debian package poppler-utils): .ci/run installs it");
            }
            Assumptions.abort("no /usr/bin/pdftotext here: print tests skipped");
        }
        Map<String, Object> pdf = b.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "preferCSSPageSize", true));
        Path file = Files.createTempFile("printed", ".pdf");
        Path text = Files.createTempFile("printed", ".txt");
        try {
            Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
            // Kept for a person to look at, as the screenshots are.
            Files.copy(file, Files.createDirectories(Path.of("target", "screenshots")).resolve("last-printed.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(pdftotext.getPath(), "-enc", "UTF-8"));
            command.add(raw ? "-raw" : "-layout");
            command.addAll(List.of(file.toString(), text.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new AssertionError("pdftotext failed: " + out);
            }
            return Files.readString(text, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(text);
        }
    }

    /** Saves a screenshot of the whole page under target/screenshots, for a person to look at. */
    public static Path screenshot(ChromeDriver b, String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) b.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = b.executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "format", "png", "clip", clip));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /** Saves what the viewport shows now under target/screenshots. */
    public static Path viewport(ChromeDriver b, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, b.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return file;
    }

    /** Waits until the address contains {@code part} and the page has loaded. */
    public static void waitForUrl(WebDriver b, String part) {
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(part)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
