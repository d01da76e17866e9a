package cn.hubei.yishi.advisor.cases;

import static cn.hubei.yishi.advisor.testing.Browsers.waitForUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A window clerk in a real browser takes an applicant's pre-check code to a printed one-time notice,
 * then, with the rest handed in, to acceptance and printed dispatch sheets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"advisor.watch-rules=false", "advisor.demo=true"})
@ActiveProfiles("demo")
class CaseConsoleBrowserTest {

    /** 天门 我要开饭店 as a new company without a sign or sewer connection: two departments. */
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

    @Test
    void fromAnApplicantsCodeToAPrintedNoticeThenAcceptanceAndDispatchSheets() throws Exception {
        b = Browsers.open(true);
        // The applicant, at home: the checklist, one material ticked, handed in for a code.
        b.get(url("/themes/tm-restaurant/checklist?" + ANSWERS + "&have=id-card"));
        b.findElement(By.xpath("//button[contains(text(),'获取预审码')]")).click();
        waitForUrl(b, "/precheck/");
        String code = b.findElement(By.cssSelector(".code")).getText();

        // The clerk logs in and is sent to the queue, with the demo warning on screen.
        b.get(url("/cases"));
        waitForUrl(b, "/login");
        b.findElement(By.id("username")).sendKeys("clerk");
        b.findElement(By.id("password")).sendKeys("clerk-demo");
        b.findElement(By.xpath("//button[text()='登录']")).click();
        waitForUrl(b, "/cases");
        assertThat(text()).contains("演示环境").contains("clerk / clerk-demo");

        // A wrong ID number is told beside its field and nothing is created.
        b.findElement(By.id("precheckCode")).sendKeys(code.toLowerCase());
        b.findElement(By.id("name")).sendKeys("孙八");
        b.findElement(By.id("idNumber")).sendKeys("429006199001011230");
        b.findElement(By.id("phone")).sendKeys("13800001111");
        b.findElement(By.id("open-case")).click();
        waitForUrl(b, "/cases");
        assertThat(b.findElement(By.id("idNumber")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text()).contains("校验位");
        WebElement id = b.findElement(By.id("idNumber"));
        id.clear();
        id.sendKeys(IdNumbers.valid("19900101", 88));
        b.findElement(By.id("open-case")).click();
        waitForUrl(b, "/cases/");
        assertThat(text()).contains("已由预审码 " + code).contains("以什么形式经营？").contains("申请人自报已备");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("预审中");

        // Some materials in, one of them defective.
        b.findElement(By.id("rcv-joint-application-form")).click();
        b.findElement(By.id("rcv-id-card")).click();
        b.findElement(By.id("def-domicile-declaration")).click();
        b.findElement(By.id("note-domicile-declaration")).sendKeys("未签名");
        b.findElement(By.id("save-materials")).click();
        waitForUrl(b, "#verdict");
        assertThat(text()).contains("材料登记已保存").contains("住所（经营场所）申报承诺书（未签名）");
        assertThat(b.findElement(By.id("verdict-ACCEPTED")).isEnabled()).isFalse();
        assertThat(b.findElements(By.cssSelector("input[name=verdict]"))).as("nothing pre-selected")
                .noneMatch(WebElement::isSelected);
        b.findElement(By.id("verdict-CORRECTION")).click();
        b.findElement(By.id("reason")).sendKeys("材料不齐，一次告知补正");
        b.findElement(By.id("save-verdict")).click();
        waitForUrl(b, "#verdict");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("需补正");

        // The one-time notice: everything missing or defective, the number, the date and the deadline.
        String caseNumber = b.findElement(By.id("case-number")).getText();
        b.findElement(By.id("print-notice")).click();
        waitForUrl(b, "/notice");
        assertThat(b.findElement(By.id("notice-number")).getText()).isEqualTo(caseNumber);
        String items = b.findElement(By.id("notice-items")).getText();
        assertThat(items).contains("公司章程", "法定代表人、董事、监事和经理的任职文件及身份证明", "发票专用章印模",
                "保证食品安全的规章制度目录清单", "已提交但不符合要求：未签名").doesNotContain("居民身份证");
        assertThat(text()).contains("第三十二条").contains("告知期限至");
        assertThat(b.findElement(By.id("notice-deadline")).getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(assertPrints()).as("the notice on one page").isEqualTo(1);

        // The rest handed in: accept and print the dispatch sheets.
        b.navigate().back();
        waitForUrl(b, "/cases/");
        for (WebElement box : b.findElements(By.cssSelector("input[name=received]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        b.findElement(By.id("def-domicile-declaration")).click();
        b.findElement(By.id("save-materials")).click();
        waitForUrl(b, "#verdict");
        assertThat(text()).contains("材料齐全");
        assertThat(b.findElement(By.id("verdict-ACCEPTED")).isSelected()).as("suggested, not pre-selected").isFalse();
        assertThat(b.findElement(By.xpath("//input[@id='verdict-ACCEPTED']/ancestor::div[1]")).getText())
                .contains("（建议）");
        b.findElement(By.id("verdict-ACCEPTED")).click();
        b.findElement(By.id("reason")).sendKeys("材料齐全，符合受理条件");
        b.findElement(By.id("save-verdict")).click();
        waitForUrl(b, "#verdict");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("可受理");
        b.findElement(By.id("print-dispatch")).click();
        waitForUrl(b, "/dispatch");
        List<WebElement> sheets = b.findElements(By.cssSelector(".sheet"));
        assertThat(sheets).extracting(s -> s.getAttribute("data-department"))
                .containsExactlyInAnyOrder("天门市市场监督管理局", "税务");
        for (WebElement s : sheets) {
            // 企业设立登记 (1 day) issues the 营业执照 the licences need: they start after it, 11 days in all.
            assertThat(s.getText()).contains(caseNumber).contains("11 个工作日").contains("孙八")
                    .contains("部分事项要等其他事项办结后开始");
        }
        assertThat(sheets.stream().filter(s -> "税务".equals(s.getAttribute("data-department"))).findFirst()
                .orElseThrow().getText()).contains("发票专用章印模").doesNotContain("公司章程");
        assertThat(sheets.stream().filter(s -> "天门市市场监督管理局".equals(s.getAttribute("data-department")))
                .findFirst().orElseThrow().getText()).contains("受理后即开始").contains("「企业设立登记」办结后开始（按期为");
        assertThat(assertPrints()).as("one A4 page per department").isEqualTo(2);

        // The queue finds it by the applicant's code.
        b.get(url("/cases?q=" + code));
        assertThat(b.findElement(By.tagName("table")).getText()).contains(caseNumber).contains("可受理")
                .contains("429006********");
    }

    @Test
    void materialsTickedButNotSavedAreSavedWithTheVerdictAndNotListedAsMissing() throws Exception {
        b = Browsers.open(true);
        logIn();
        new Select(b.findElement(By.id("themeId"))).selectByVisibleText("天门市 · 我要开饭店");
        b.findElement(By.id("name")).sendKeys("钱九");
        b.findElement(By.id("idNumber")).sendKeys(IdNumbers.valid("19900101", 99));
        b.findElement(By.id("phone")).sendKeys("13800001111");
        b.findElement(By.id("open-case")).click();
        waitForUrl(b, "/cases/");
        // The clerk asks the applicant's situation: each save may reveal the next questions.
        for (int round = 0; round < 6 && text().contains("个问题未回答"); round++) {
            for (String answer : ANSWERS.split("&")) {
                String[] kv = answer.split("=");
                for (WebElement option : b.findElements(
                        By.cssSelector("input[name='" + kv[0] + "'][value='" + kv[1] + "']"))) {
                    if (!option.isSelected()) {
                        option.click();
                    }
                }
            }
            b.findElement(By.id("save-answers")).click();
            waitForUrl(b, "#answers");
        }
        assertThat(text()).doesNotContain("个问题未回答");

        // Ticked on screen, 保存材料登记 not pressed, straight to the verdict.
        b.findElement(By.id("rcv-joint-application-form")).click();
        b.findElement(By.id("rcv-id-card")).click();
        b.findElement(By.id("rcv-articles-of-association")).click();
        b.findElement(By.id("verdict-CORRECTION")).click();
        b.findElement(By.id("reason")).sendKeys("其余材料未带");
        b.findElement(By.id("save-verdict")).click();
        waitForUrl(b, "#verdict");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("需补正");
        assertThat(text()).contains("勾选的材料已一并登记保存");

        b.findElement(By.id("print-notice")).click();
        waitForUrl(b, "/notice");
        String items = b.findElement(By.id("notice-items")).getText();
        assertThat(items).contains("法定代表人、董事、监事和经理的任职文件及身份证明")
                .doesNotContain("联办申请表").doesNotContain("居民身份证").doesNotContain("公司章程");
        Browsers.screenshot(b, "notice-after-unsaved-ticks");
    }

    @Test
    void aVerdictThatTheTicksNoLongerAllowIsRefusedWithTheTicksKept() throws Exception {
        b = Browsers.open(false);
        logIn();
        b.get(url("/themes/tm-restaurant/checklist?" + ANSWERS));
        b.findElement(By.xpath("//button[contains(text(),'获取预审码')]")).click();
        waitForUrl(b, "/precheck/");
        String code = b.findElement(By.cssSelector(".code")).getText();
        b.get(url("/cases"));
        b.findElement(By.id("precheckCode")).sendKeys(code);
        b.findElement(By.id("name")).sendKeys("李十");
        b.findElement(By.id("idNumber")).sendKeys(IdNumbers.valid("19900101", 100));
        b.findElement(By.id("phone")).sendKeys("13800001111");
        b.findElement(By.id("open-case")).click();
        waitForUrl(b, "/cases/");
        // Everything handed in and ticked, but the page still offers 需补正 (rendered before the ticks).
        for (WebElement box : b.findElements(By.cssSelector("input[name=received]"))) {
            box.click();
        }
        b.findElement(By.id("verdict-CORRECTION")).click();
        b.findElement(By.id("reason")).sendKeys("补正");
        b.findElement(By.id("save-verdict")).click();
        assertThat(b.findElement(By.id("problem")).getText()).contains("结论未保存").contains("无需补正");
        assertThat(b.findElement(By.id("case-status")).getText()).isEqualTo("预审中");
        assertThat(b.findElements(By.cssSelector("input[name=received]"))).allMatch(WebElement::isSelected);
        assertThat(b.findElement(By.id("verdict-ACCEPTED")).isEnabled()).isTrue();
    }

    private void logIn() {
        b.get(url("/cases"));
        waitForUrl(b, "/login");
        b.findElement(By.id("username")).sendKeys("clerk");
        b.findElement(By.id("password")).sendKeys("clerk-demo");
        b.findElement(By.xpath("//button[text()='登录']")).click();
        waitForUrl(b, "/cases");
    }

    /** Prints the page as the browser would and returns the number of pages. */
    private int assertPrints() {
        byte[] pdf = Base64.getDecoder().decode(b.print(new PrintOptions()).getContent());
        assertThat(pdf).startsWith("%PDF".getBytes());
        return (int) Pattern.compile("/Type\\s*/Page(?!s)").matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .results().count();
    }

    private String text() {
        return b.findElement(By.tagName("body")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
