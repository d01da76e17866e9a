package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's pages on a phone (390 × 844 CSS pixels): nothing is wider than the screen, so nothing
 * scrolls sideways; tables reflow into blocks whose cells say their column; each material's checkbox
 * sits on the line of its name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.watch-rules=false")
class MobileLayoutTest {

    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true";

    /** Elements that stick out of the viewport, as "tag#id.class (left–right)", and the page's scroll width. */
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

    /** Checkboxes whose box does not share a line with the first line of their label. */
    private static final String CHECKBOXES_APART = """
            const apart = [];
            let count = 0;
            for (const box of document.querySelectorAll('input[type=checkbox]')) {
              const label = document.querySelector('label[for="' + box.id + '"]');
              if (!label) { apart.push(box.id + ' has no label'); continue; }
              count++;
              const b = box.getBoundingClientRect(), line = label.getClientRects()[0];
              if (!(b.top < line.bottom && b.bottom > line.top)) {
                apart.push(box.id + ' at ' + Math.round(b.top) + ', its label at ' + Math.round(line.top));
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
    void onAPhoneNothingScrollsSidewaysAndEachCheckboxSitsWithItsMaterial() throws Exception {
        b = Browsers.open(true);
        b.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        for (String path : List.of("/", "/?q=饭店", "/themes/tm-restaurant", "/themes/tm-restaurant?" + ANSWERS,
                "/themes/tm-restaurant/checklist?" + ANSWERS + "&have=id-card",
                "/themes/tm-restaurant/checklist/print?" + ANSWERS)) {
            b.get("http://localhost:" + port + path);
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) b.executeScript(OVERFLOW);
            assertThat(((Number) o.get("width")).intValue()).as("viewport").isEqualTo(390);
            assertThat((List<?>) o.get("overflowing")).as("elements wider than the screen on %s", path).isEmpty();
            assertThat(((Number) o.get("scrollWidth")).intValue()).as("sideways scroll on %s", path).isLessThanOrEqualTo(390);
        }

        b.get("http://localhost:" + port + "/themes/tm-restaurant/checklist?" + ANSWERS + "&have=id-card");
        @SuppressWarnings("unchecked")
        Map<String, Object> boxes = (Map<String, Object>) b.executeScript(CHECKBOXES_APART);
        assertThat(((Number) boxes.get("count")).intValue()).isGreaterThan(8);
        assertThat((List<?>) boxes.get("apart")).as("checkboxes off their material's line").isEmpty();
        // Each cell of a reflowed row says which column it is.
        Object label = b.executeScript("return getComputedStyle(document.querySelector("
                + "'td[data-label=\"份数\"]'), '::before').content");
        assertThat(label).asString().contains("份数");
        assertThat(b.findElement(By.cssSelector("thead")).getRect().getHeight()).as("headers not shown").isLessThanOrEqualTo(1);
        Browsers.screenshot(b, "checklist-390");
        b.executeScript("document.querySelector('section h3').scrollIntoView()");
        Browsers.viewport(b, "checklist-390-materials");
        b.get("http://localhost:" + port + "/themes/tm-restaurant");
        Browsers.viewport(b, "form-390");
    }
}
