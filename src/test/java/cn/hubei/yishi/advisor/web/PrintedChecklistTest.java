package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's checklist on paper: Chromium prints it to PDF (the print stylesheet applied) and the
 * PDF's text is read back. Every material of the one set is on it with its form and count, the matters
 * it serves and its exemptions. With JavaScript the page prints itself; without it the 打印清单 link opens
 * the print view, which prints the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.watch-rules=false")
class PrintedChecklistTest {

    /** 天门 我要开饭店 as a new company: materials from two departments, one produced inside the theme. */
    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true";

    @LocalServerPort
    int port;

    private ChromeDriver b;

    @AfterEach
    void close() {
        if (b != null) {
            b.quit();
        }
    }

    /** One row of the one set as the screen shows it. */
    private record Row(String name, String quantity, String usedFor, String notes) {
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void thePrintedChecklistCarriesEveryMaterialWithItsFormCountMattersAndExemptions(boolean javascript)
            throws Exception {
        b = Browsers.open(javascript);
        b.get("http://localhost:" + port + "/themes/tm-restaurant/checklist?" + ANSWERS + "&have=id-card");
        List<Row> rows = new ArrayList<>();
        for (WebElement tr : b.findElements(By.xpath("//h2[text()='一套材料']/following::table//tbody/tr"))) {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            rows.add(new Row(td.get(1).findElement(By.tagName("label")).getText(), td.get(2).getText(),
                    td.get(3).getText(), td.get(4).getText()));
        }
        assertThat(rows).hasSizeGreaterThan(8);

        if (!javascript) {
            // Without JavaScript the print link leads to the print view.
            b.findElement(By.id("print-link")).click();
            Browsers.waitForUrl(b, "/checklist/print?");
            assertThat(b.findElement(By.tagName("body")).getText()).contains("这是打印版");
        }
        Browsers.screenshot(b, "checklist-" + (javascript ? "js" : "nojs"));

        String printed = flat(Browsers.printedText(b, true));
        assertThat(printed).contains("我要开饭店").contains("一套材料").contains("还缺的材料");
        // Row by row, in the screen's order, after the heading: each material's name, then its count, the
        // matters it serves, its notes and exemptions.
        int at = printed.indexOf("一套材料");
        for (Row r : rows) {
            at = printed.indexOf(flat(r.name()), at);
            assertThat(at).as("%s is printed", r.name()).isGreaterThanOrEqualTo(0);
            String entry = printed.substring(at, Math.min(printed.length(), at + 400));
            assertThat(entry).as("%s printed with its count", r.name()).contains(flat(r.quantity()));
            assertThat(entry).as("%s printed with the matters it serves", r.name())
                    .contains(flat(r.usedFor().split("、")[0]));
            if (!r.notes().isBlank()) {
                assertThat(entry).as("%s printed with its notes and exemptions", r.name())
                        .contains(flat(r.notes().split("\n")[0]));
            }
        }
        assertThat(printed).contains("原件1份").contains("由本主题内「企业设立登记」办结后生成");
        // Why to trust it: the paper says when it was made, by which rules, and each matter's 设定依据.
        String today = ThemePages.WHEN.format(java.time.Instant.now()).split(" ")[0];
        assertThat(printed).containsPattern(java.util.regex.Pattern.quote(today) + "\\d{2}:\\d{2}生成")
                .contains("规则版本").contains("发布）").contains("依据文件：").contains("设定依据：《");
        // Controls are not printed.
        assertThat(printed).doesNotContain("更新清单").doesNotContain("我准备好了").doesNotContain("打印清单");
    }

    /** pdftotext breaks lines where the paper does: compare text without any whitespace. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }
}
