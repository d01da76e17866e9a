package cn.hubei.yishi.advisor.cases;

import static cn.hubei.yishi.advisor.testing.Browsers.waitForUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A window clerk (demo account clerk, 张敏) in a real browser: registers what the applicant handed in and
 * prints the 收件凭证, accepts with 容缺 and prints the 承诺书, read back from the PDF the browser prints;
 * and the console on a phone (390 × 844): nothing scrolls sideways, each checkbox on its material's line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"advisor.watch-rules=false", "advisor.demo=true"})
@ActiveProfiles("demo")
class ClerkDocumentsBrowserTest {

    /** 天门 我要开饭店 as a new company without a sign or sewer connection (as CaseConsoleBrowserTest). */
    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true";
    /** The one non-key material of that case: left out, it allows 容缺受理. */
    private static final String WAIVED = "food-safety-rules";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** Elements that stick out of the viewport (as MobileLayoutTest), and the page's scroll width. */
    private static final String OVERFLOW = """
            const w = window.innerWidth, out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.right > w + 0.5 || r.left < -0.5) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                  + ' (' + Math.round(r.left) + '–' + Math.round(r.right) + ')');
              }
            }
            return {width: w, scrollWidth: document.documentElement.scrollWidth, overflowing: out.slice(0, 20)};
            """;

    /**
     * Each checkbox of a material row against the first line box of the material's name, and against its own
     * label's first line: the box must overlap both vertically.
     */
    private static final String CHECKBOXES_APART = """
            const apart = [];
            let count = 0;
            for (const row of document.querySelectorAll('tr.material')) {
              const name = row.querySelector('td.name-cell label');
              for (const box of row.querySelectorAll('input[type=checkbox]')) {
                count++;
                const b = box.getBoundingClientRect();
                const own = document.querySelector('label[for="' + box.id + '"]');
                for (const label of [name, own]) {
                  if (!label || label.getClientRects().length === 0) { apart.push(box.id + ': no visible label'); continue; }
                  const line = label.getClientRects()[0];
                  if (!(b.top < line.bottom && b.bottom > line.top)) {
                    apart.push(box.id + ' at ' + Math.round(b.top) + ', "' + label.textContent.trim() + '" at ' + Math.round(line.top));
                  }
                }
              }
            }
            return {count: count, apart: apart};
            """;

    @LocalServerPort
    int port;

    private ChromeDriver b;

    @AfterEach
    void close() {
        if (b != null) {
            b.quit();
        }
    }

    @Test
    void theReceiptAndTheCommitmentPrintWhatCameInWhatIsOwedByWhenAndTheClerksName() throws Exception {
        b = Browsers.open(true);
        String caseUrl = openCase("孙二十", 120);
        assertThat(b.findElement(By.cssSelector("header.site")).getText()).contains("经办人：张敏").doesNotContain("clerk");
        assertThat(b.findElements(By.id("print-receipt"))).as("nothing received yet").isEmpty();
        String caseNumber = b.findElement(By.id("case-number")).getText();

        // Everything but the one non-key material handed in.
        List<String> received = new ArrayList<>();
        for (WebElement box : b.findElements(By.cssSelector("input[name=received]"))) {
            String id = box.getAttribute("value");
            if (!id.equals(WAIVED)) {
                box.click();
                received.add(id);
            }
        }
        assertThat(received).hasSizeGreaterThan(5);
        b.findElement(By.id("save-materials")).click();
        waitForUrl(b, "#verdict");
        Browsers.screenshot(b, "clerk-case-desktop");

        b.findElement(By.id("print-receipt")).click();
        waitForUrl(b, "/receipt");
        // What the screen says each received material counts: originals and copies.
        List<String[]> rows = new ArrayList<>();
        for (WebElement row : b.findElements(By.cssSelector("#receipt-items tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            rows.add(new String[] {row.getAttribute("data-material"), cells.get(1).getText(), cells.get(2).getText(),
                cells.get(3).getText()});
        }
        assertThat(rows).extracting(r -> r[0]).containsExactlyInAnyOrderElementsOf(received);
        assertThat(rows).allMatch(r -> r[2].matches("\\d+|—") && r[3].matches("\\d+|—") && !(r[2] + r[3]).equals("——"));
        String printed = Browsers.printedText(b, true);
        String flat = printed.replaceAll("\\s+", "");
        assertThat(printed).contains("收件凭证").contains(caseNumber).contains("申请人签字").contains("天门市政务服务中心");
        assertThat(flat).contains("经办人：张敏");
        for (String[] r : rows) {
            assertThat(flat).as("printed row of %s", r[0]).contains(r[1].replaceAll("\\s+", "") + r[2] + r[3]);
        }
        assertThat(flat).doesNotContain("保证食品安全的规章制度目录清单");
        assertThat(pages()).as("the receipt on one A4 page").isEqualTo(1);
        Browsers.screenshot(b, "clerk-receipt-desktop");

        // 容缺受理: the applicant promises the missing material by a date.
        b.navigate().back();
        waitForUrl(b, "/cases/");
        LocalDate promised = LocalDate.now(PrecheckCase.ZONE).plusDays(7);
        b.findElement(By.id("verdict-ACCEPTED_WITH_WAIVER")).click();
        b.findElement(By.id("reason")).sendKeys("非关键材料容缺，申请人承诺按期补齐");
        b.executeScript("document.getElementById('promisedDate').value = arguments[0]", promised.toString());
        b.findElement(By.id("save-verdict")).click();
        waitForUrl(b, "#verdict");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("容缺受理");
        b.findElement(By.id("print-commitment")).click();
        waitForUrl(b, "/commitment");
        String letter = Browsers.printedText(b, true);
        String letterFlat = letter.replaceAll("\\s+", "");
        assertThat(letter).contains("容缺受理承诺书").contains(caseNumber).contains("孙二十");
        assertThat(letterFlat).contains("保证食品安全的规章制度目录清单").contains(PRINTED.format(promised) + "前")
                .contains("不予受理").contains("信用记录").contains("申请人（签字）").contains("经办人：张敏")
                .doesNotContain("公司章程");
        assertThat(pages()).as("the commitment on one A4 page").isEqualTo(1);
        Browsers.screenshot(b, "clerk-commitment-desktop");

        // The sheets and the notice name the clerk as well.
        b.get(caseUrl.replaceAll("#.*", "") + "/dispatch");
        assertThat(b.findElement(By.tagName("body")).getText()).contains("经办人 张敏").doesNotContain("经办人 clerk");
    }

    @Test
    void onAPhoneTheConsoleAndItsDocumentsReflowAndEachCheckboxSitsOnItsMaterialsLine() throws Exception {
        b = Browsers.open(true);
        b.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        String caseUrl = openCase("孙二十一", 121).replaceAll("#.*", "");
        assertFits("/cases");
        assertFits(caseUrl);
        assertCheckboxesOnTheirLines();
        Object label = b.executeScript("return getComputedStyle(document.querySelector("
                + "'tr.material td[data-label=\"份数\"]'), '::before').content");
        assertThat(label).asString().contains("份数");
        Browsers.screenshot(b, "clerk-case-390");
        Browsers.viewport(b, "clerk-case-390-top");
        b.executeScript("document.getElementById('materials').scrollIntoView()");
        Browsers.viewport(b, "clerk-case-390-materials");

        for (WebElement box : b.findElements(By.cssSelector("input[name=received]"))) {
            if (!box.getAttribute("value").equals(WAIVED)) {
                box.click();
            }
        }
        b.findElement(By.id("save-materials")).click();
        waitForUrl(b, "#verdict");
        b.findElement(By.id("verdict-ACCEPTED_WITH_WAIVER")).click();
        b.findElement(By.id("reason")).sendKeys("容缺");
        b.executeScript("document.getElementById('promisedDate').value = arguments[0]",
                LocalDate.now(PrecheckCase.ZONE).plusDays(5).toString());
        b.findElement(By.id("save-verdict")).click();
        waitForUrl(b, "#verdict");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("容缺受理");
        assertFits(caseUrl);
        assertCheckboxesOnTheirLines();
        b.executeScript("document.getElementById('documents').scrollIntoView()");
        Browsers.viewport(b, "clerk-case-390-documents");
        for (String document : List.of("/receipt", "/commitment", "/notice", "/dispatch")) {
            assertFits(caseUrl + document);
            Browsers.screenshot(b, "clerk" + document.replace('/', '-') + "-390");
        }
        b.get(url("/cases"));
        Browsers.screenshot(b, "clerk-queue-390");
    }

    /** The applicant's code at home, then the clerk logs in and opens the case from it; returns its address. */
    private String openCase(String name, int serial) {
        b.get(url("/themes/tm-restaurant/checklist?" + ANSWERS));
        b.findElement(By.xpath("//button[contains(text(),'获取预审码')]")).click();
        waitForUrl(b, "/precheck/");
        String code = b.findElement(By.cssSelector(".code")).getText();
        b.get(url("/cases"));
        if (b.getCurrentUrl().contains("/login")) {
            b.findElement(By.id("username")).sendKeys("clerk");
            b.findElement(By.id("password")).sendKeys("clerk-demo");
            b.findElement(By.xpath("//button[text()='登录']")).click();
            waitForUrl(b, "/cases");
        }
        b.findElement(By.id("precheckCode")).sendKeys(code);
        b.findElement(By.id("name")).sendKeys(name);
        b.findElement(By.id("idNumber")).sendKeys(IdNumbers.valid("19900101", serial));
        b.findElement(By.id("phone")).sendKeys("13800001111");
        b.findElement(By.id("open-case")).click();
        waitForUrl(b, "/cases/");
        return b.getCurrentUrl();
    }

    private void assertFits(String address) {
        b.get(address.startsWith("http") ? address : url(address));
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) b.executeScript(OVERFLOW);
        assertThat(((Number) o.get("width")).intValue()).as("viewport").isEqualTo(390);
        assertThat((List<?>) o.get("overflowing")).as("elements wider than the screen on %s", address).isEmpty();
        assertThat(((Number) o.get("scrollWidth")).intValue()).as("sideways scroll on %s", address).isLessThanOrEqualTo(390);
    }

    private void assertCheckboxesOnTheirLines() {
        @SuppressWarnings("unchecked")
        Map<String, Object> boxes = (Map<String, Object>) b.executeScript(CHECKBOXES_APART);
        assertThat(((Number) boxes.get("count")).intValue()).isGreaterThan(10);
        assertThat((List<?>) boxes.get("apart")).as("checkboxes off their material's line").isEmpty();
    }

    /** Prints the page as the browser would and returns the number of pages. */
    private int pages() {
        byte[] pdf = Base64.getDecoder().decode(b.print(new PrintOptions()).getContent());
        return (int) Pattern.compile("/Type\\s*/Page(?!s)").matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .results().count();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
