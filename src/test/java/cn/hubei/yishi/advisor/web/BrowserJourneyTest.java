package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An applicant in a real browser (Debian's headless chromium through /usr/bin/chromedriver), with and
 * without JavaScript: finds 我要开饭店 by typing 饭店, answers the one form (an answer reveals the next
 * question), sees a validation message beside its field, gets the checklist, ticks what they have,
 * prints it, and hands it in for a pre-check code. Skipped where no browser is installed, except under
 * CI (CI=true), where a missing browser fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.watch-rules=false")
class BrowserJourneyTest {

    /** The answers this applicant gives, by question key. */
    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("has-business-licence", "false");
        ANSWERS.put("business-form", "company");
        ANSWERS.put("catering-residential-floor", "false");
        ANSWERS.put("food-shop-sign", "false");
        ANSWERS.put("catering-sewer", "false");
        ANSWERS.put("by-agent", "false");
        ANSWERS.put("food-conditions-ready", "true");
        ANSWERS.put("name-declared", "true");
        ANSWERS.put("tax-needs-invoice", "true");
    }

    @LocalServerPort
    int port;

    private WebDriver browser;

    private WebDriver open(boolean javascript) throws Exception {
        browser = Browsers.open(javascript);
        return browser;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void fromTheHomePageToAPrintedChecklistAndAPrecheckCode(boolean javascript) throws Exception {
        WebDriver b = open(javascript);
        b.get("http://localhost:" + port + "/");
        WebElement search = b.findElement(By.id("q"));
        search.sendKeys("饭店");
        search.sendKeys(Keys.ENTER);
        waitForUrl(b, "q=");
        assertThat(b.findElement(By.cssSelector("[role=status]")).getText()).contains("找到 2 个");
        b.findElement(By.linkText("我要开饭店")).click();
        waitForUrl(b, "/themes/tm-restaurant");
        assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("我要开饭店");

        // Not asked before the licence question is answered; revealed by 否.
        assertThat(b.getPageSource()).doesNotContain("以什么形式经营？");
        answer(b, "has-business-licence", "false", javascript);
        assertThat(b.getPageSource()).contains("以什么形式经营？");

        for (int round = 0; round < 10 && b.findElements(By.linkText("查看我的材料清单")).isEmpty(); round++) {
            for (Map.Entry<String, String> a : ANSWERS.entrySet()) {
                List<WebElement> option = b.findElements(
                        By.cssSelector("input[name='a." + a.getKey() + "'][value='" + a.getValue() + "']"));
                if (!option.isEmpty() && !option.get(0).isSelected()) {
                    answer(b, a.getKey(), a.getValue(), javascript);
                }
            }
        }
        b.findElement(By.linkText("查看我的材料清单")).click();
        waitForUrl(b, "/checklist?");
        assertThat(b.findElement(By.tagName("body")).getText()).contains("符合受理条件").contains("我要开饭店联办申请表")
                .contains("由本主题内「企业设立登记」办结后生成");
        assertThat(missing(b)).contains("居民身份证");
        b.findElement(By.id("have-id-card")).click();
        b.findElement(By.xpath("//button[text()='更新清单']")).click();
        waitForUrl(b, "have=id-card");
        assertThat(missing(b)).doesNotContain("居民身份证");

        String pdf = ((ChromeDriver) b).print(new PrintOptions()).getContent();
        assertThat(Base64.getDecoder().decode(pdf)).startsWith("%PDF".getBytes());

        b.findElement(By.xpath("//button[contains(text(),'获取预审码')]")).click();
        waitForUrl(b, "/precheck/");
        assertThat(b.findElement(By.cssSelector(".code")).getText()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aWrongNumberIsToldBesideItsField(boolean javascript) throws Exception {
        WebDriver b = open(javascript);
        b.get("http://localhost:" + port + "/themes/tm-children-playground?a.playground-large-rides=true");
        WebElement count = b.findElement(By.id("q-ride-count"));
        count.sendKeys("0");
        b.findElement(By.xpath("//button[text()='继续']")).click();
        waitForUrl(b, "a.ride-count=0");
        WebElement field = b.findElement(By.id("q-ride-count"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(b.findElement(By.id("error-ride-count")).getText()).contains("大型游乐设施共有几台").contains("1");
        assertThat(b.findElement(By.cssSelector("[role=alert]")).getText()).contains("需要修改");
    }

    private static void answer(WebDriver b, String key, String value, boolean javascript) {
        b.findElement(By.cssSelector("input[name='a." + key + "'][value='" + value + "']")).click();
        if (!javascript) {
            b.findElement(By.xpath("//button[text()='继续']")).click();
        }
        // With JavaScript the change submits the form, without it 继续 does: wait for the new page.
        waitForUrl(b, "a." + key + "=" + value);
    }

    private static void waitForUrl(WebDriver b, String part) {
        Browsers.waitForUrl(b, part);
    }

    private static String missing(WebDriver b) {
        List<WebElement> lists = b.findElements(By.xpath("//h2[text()='还缺的材料']/following-sibling::ol[1]"));
        return lists.isEmpty() ? "" : lists.get(0).getText();
    }
}
