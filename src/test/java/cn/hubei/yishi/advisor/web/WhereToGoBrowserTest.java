package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An applicant in Tianmen, in a real browser, on a phone-sized window: chooses 天门市 on the home page, types
 * 开店, finds 我要开饭店 (the city kept in the address all the way), and reads on the checklist where to take it.
 * Then a provincial theme: it asks the place first, and choosing 天门市 leads to Tianmen's own version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.watch-rules=false")
class WhereToGoBrowserTest {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void chooseTianmenTypeKaidianFindTheRestaurantAndWhereToGo() throws Exception {
        ChromeDriver b = browser = Browsers.open(true);
        b.manage().window().setSize(new Dimension(390, 844));
        b.get("http://localhost:" + port + "/");
        b.findElement(By.linkText("天门市")).click();
        Browsers.waitForUrl(b, "city=tianmen");
        assertThat(b.findElement(By.cssSelector("[role=status]")).getText()).startsWith("天门市：");
        assertThat(b.findElement(By.linkText("天门市")).getDomAttribute("aria-current")).isEqualTo("page");

        WebElement search = b.findElement(By.id("q"));
        search.sendKeys("开店");
        search.sendKeys(Keys.ENTER);
        Browsers.waitForUrl(b, "q=");
        String url = URLDecoder.decode(b.getCurrentUrl(), StandardCharsets.UTF_8);
        assertThat(url).as("the city choice stays in the address").contains("city=tianmen", "q=开店");
        List<String> found = b.findElements(By.cssSelector("main section li a")).stream().map(WebElement::getText)
                .toList();
        assertThat(found).containsExactly("我要开饭店");
        assertThat(b.findElements(By.xpath("//h2[text()='洪湖市']"))).isEmpty();
        Browsers.screenshot(b, "where-home-tianmen-kaidian-390");

        b.findElement(By.linkText("我要开饭店")).click();
        Browsers.waitForUrl(b, "/themes/tm-restaurant");
        b.get("http://localhost:" + port + "/themes/tm-restaurant/checklist");
        WebElement where = b.findElement(By.id("where"));
        assertThat(where.getText()).contains("天门市政务服务中心", "8号窗口", "测试路1号", "0728-0000000", "12345");
        Number widest = (Number) b.executeScript("return Math.max(...[...document.querySelectorAll('#where *')]"
                + ".map(e => e.getBoundingClientRect().right))");
        assertThat(widest.doubleValue()).as("the centre's facts fit a phone").isLessThanOrEqualTo(390);
        Browsers.screenshot(b, "where-checklist-390");
    }

    @Test
    void aProvincialThemeAsksThePlaceAndLeadsToTheCitysVersion() throws Exception {
        ChromeDriver b = browser = Browsers.open(true);
        b.get("http://localhost:" + port + "/themes/hb-residence-permit");
        assertThat(b.findElement(By.id("choose-place")).getText()).contains("您在哪个市县办理？", "天门市", "洪湖市");
        assertThat(b.findElements(By.cssSelector("form[data-in-place]"))).as("no questions before the place").isEmpty();
        Browsers.screenshot(b, "where-provincial-choose");
        b.findElement(By.linkText("洪湖市")).click();
        Browsers.waitForUrl(b, "at=honghu");
        assertThat(b.findElement(By.cssSelector(".chosen-place")).getText()).contains("洪湖市");
        assertThat(b.findElements(By.cssSelector("form[data-in-place]"))).hasSize(1);
        b.findElement(By.linkText("更换")).click();
        Browsers.waitForUrl(b, "/themes/hb-residence-permit");
        b.findElement(By.linkText("天门市")).click();
        Browsers.waitForUrl(b, "/themes/tm-residence-permit");
        assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("居住证办理一件事");
    }
}
