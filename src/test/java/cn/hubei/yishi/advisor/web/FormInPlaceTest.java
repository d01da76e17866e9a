package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.testing.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one form answers in place: an applicant answers 我要开饭店 with the keyboard alone (Tab, the arrow keys,
 * Space, Enter) and the page never reloads, focus stays on the option they are on, the page does not jump, and a
 * question an answer reveals appears right after it, where the next Tab goes. Without JavaScript, 继续 lands at the
 * next question to answer instead of the top of the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.watch-rules=false")
class FormInPlaceTest {

    /** What this applicant answers, by question; a question not listed gets 否 (or its first option). */
    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("has-business-licence", "false");
        ANSWERS.put("business-form", "company");
        ANSWERS.put("name-declared", "true");
        ANSWERS.put("tax-needs-invoice", "true");
        ANSWERS.put("food-shop-sign", "true");
        ANSWERS.put("shop-sign-on-frontage", "true");
        ANSWERS.put("premises", "rented");
        ANSWERS.put("catering-sewer", "true");
        ANSWERS.put("food-conditions-ready", "true");
    }

    /** The control that has focus, as name and value. */
    private static final String ACTIVE = """
            const e = document.activeElement;
            return e ? [e.tagName, e.getAttribute('name') || '', e.value || '', e.textContent.trim()] : null;""";

    @LocalServerPort
    int port;

    private ChromeDriver b;

    @AfterEach
    void close() {
        if (b != null) {
            b.quit();
        }
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void answeredWithTheKeyboardAloneTheFormNeverReloadsAndFocusStays(boolean phone) throws Exception {
        b = Browsers.open(true);
        if (phone) {
            b.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        } else {
            b.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
        b.get("http://localhost:" + port + "/themes/tm-restaurant");
        // Survives only as long as the page is not loaded again.
        b.executeScript("window.formMarker = 'same page';");

        List<String> first = keys();
        tabUntil(a -> a.get(1).startsWith("a."));
        assertThat(active().get(1)).isEqualTo("a." + first.get(0));

        // Exploring the first group with the arrow keys ticks each option in turn: nothing reloads, focus stays.
        pressQuickly(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ARROW_DOWN);
        settled("has-business-licence", "false");
        assertSamePage();
        assertThat(active()).containsExactly("INPUT", "a.has-business-licence", "false", "");
        List<String> afterLicence = keys();
        assertThat(afterLicence).containsSubsequence("has-business-licence", "business-form");
        assertThat(afterLicence.get(afterLicence.indexOf("has-business-licence") + 1)).isEqualTo("business-form");
        assertThat(news()).contains("新增 2 个问题");
        assertThat(b.findElement(By.id("form-news")).getRect().getWidth()).as("read out, not shown").isLessThanOrEqualTo(1);
        Browsers.viewport(b, phone ? "form-in-place-phone-revealed" : "form-in-place-desktop-revealed");

        Set<String> answered = new HashSet<>(Set.of("has-business-licence"));
        int updates = 1;
        for (int step = 0; step < 40; step++) {
            new Actions(b).sendKeys(Keys.TAB).perform();
            List<String> a = active();
            if (!a.get(1).startsWith("a.")) {
                break;
            }
            String key = a.get(1).substring(2);
            assertThat(answered).as("Tab comes to each question once, in order").doesNotContain(key);
            answered.add(key);
            if (answer(key)) {
                updates++;
            }
        }
        assertSamePage();
        assertThat(updates).isGreaterThanOrEqualTo(10);
        assertThat(answered).containsAll(keys());
        assertThat(b.findElements(By.cssSelector(".question.pending"))).isEmpty();
        assertThat(active().get(3)).isEqualTo("继续");
        Browsers.screenshot(b, phone ? "form-in-place-phone-complete" : "form-in-place-desktop-complete");

        // The checklist link has appeared after the form: the next Tab, and Enter opens it.
        new Actions(b).sendKeys(Keys.TAB).perform();
        assertThat(active().get(3)).isEqualTo("查看我的材料清单");
        new Actions(b).sendKeys(Keys.ENTER).perform();
        Browsers.waitForUrl(b, "/checklist?");
        assertThat(b.getCurrentUrl()).contains("a.business-form=company", "a.catering-sewer=true");
        assertThat(b.findElement(By.tagName("body")).getText()).contains("符合受理条件");
    }

    @Test
    void changingAnAnswerBackTakesAwayTheQuestionsItRevealedAndTheAddressCanBeShared() throws Exception {
        b = Browsers.open(true);
        b.get("http://localhost:" + port + "/themes/tm-restaurant");
        b.executeScript("window.formMarker = 'same page';");
        b.findElement(By.cssSelector("input[name='a.food-shop-sign'][value='true']")).click();
        settled("food-shop-sign", "true");
        assertThat(keys()).containsSubsequence("food-shop-sign", "shop-sign-on-frontage", "shop-sign-large");
        assertThat(matterRow("户外招牌设置")).contains("需要办理");

        b.findElement(By.cssSelector("input[name='a.food-shop-sign'][value='false']")).click();
        settled("food-shop-sign", "false");
        assertSamePage();
        assertThat(keys()).doesNotContain("shop-sign-on-frontage", "shop-sign-large", "premises");
        assertThat(matterRow("户外招牌设置")).contains("无需办理");
        assertThat(news()).contains("3 个问题不再需要回答");

        // The address is the page: opened afresh it shows the same answers.
        String url = b.getCurrentUrl();
        b.get(url);
        assertThat(b.findElement(By.cssSelector("input[name='a.food-shop-sign'][value='false']")).isSelected()).isTrue();
    }

    @Test
    void withoutJavaScriptContinueLandsAtTheNextQuestionToAnswer() throws Exception {
        b = Browsers.open(false);
        b.get("http://localhost:" + port + "/themes/tm-restaurant");
        b.findElement(By.cssSelector("input[name='a.has-business-licence'][value='false']")).click();
        b.findElement(By.xpath("//button[text()='继续']")).click();
        Browsers.waitForUrl(b, "#question-");
        // The question the answer revealed, right after it, is the next to answer.
        assertThat(b.getCurrentUrl()).contains("a.has-business-licence=false").doesNotContain("next=")
                .endsWith("#question-business-form");
        WebElement next = b.findElement(By.id("question-business-form"));
        long top = ((Number) b.executeScript("return arguments[0].getBoundingClientRect().top", next)).longValue();
        assertThat(top).as("scrolled to the question").isBetween(0L, 40L);
        assertThat(b.findElement(By.cssSelector("input[name='a.has-business-licence'][value='false']")).isSelected())
                .isTrue();
        Browsers.viewport(b, "form-no-javascript-next-question");
    }

    /**
     * Answers the group that has focus with the keyboard: Space ticks the option with focus, the arrow keys move to
     * and tick another. Returns whether the answer changed (and so the page updated in place).
     */
    private boolean answer(String key) throws InterruptedException {
        List<WebElement> options = b.findElements(By.cssSelector("input[name='a." + key + "']"));
        List<String> values = options.stream().map(o -> o.getAttribute("value")).toList();
        String want = ANSWERS.getOrDefault(key, values.contains("false") ? "false" : values.get(0));
        int from = values.indexOf(active().get(2));
        int to = values.indexOf(want);
        boolean ticked = options.get(from).isSelected();
        if (ticked && from == to) {
            return false;
        }
        List<String> before = keys();
        double top = top(options.get(to));
        if (from == to) {
            new Actions(b).sendKeys(Keys.SPACE).perform();
        } else {
            for (int i = from; i != to; i += Integer.signum(to - from)) {
                new Actions(b).sendKeys(to > from ? Keys.ARROW_DOWN : Keys.ARROW_UP).perform();
            }
        }
        settled(key, want);
        assertSamePage();
        WebElement now = (WebElement) b.executeScript("return document.activeElement");
        assertThat(now.getAttribute("name")).isEqualTo("a." + key);
        assertThat(now.getAttribute("value")).isEqualTo(want);
        assertThat(now.isSelected()).isTrue();
        assertThat(top(now)).as("the option with focus stays where it was on the screen")
                .isCloseTo(top, org.assertj.core.data.Offset.offset(2.0));
        List<String> after = keys();
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        if (!added.isEmpty()) {
            int at = after.indexOf(key);
            assertThat(after.subList(at + 1, at + 1 + added.size()))
                    .as("the questions %s revealed follow it", key).containsExactlyElementsOf(added);
        }
        return true;
    }

    /** Waits until the address carries the answer and the form is no longer waiting for the server. */
    private void settled(String key, String value) {
        new WebDriverWait(b, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("a." + key + "=" + value)
                && Boolean.FALSE.equals(b.executeScript(
                        "return document.querySelector('form[data-in-place]').hasAttribute('aria-busy')")));
    }

    private void assertSamePage() {
        assertThat(b.executeScript("return window.formMarker")).as("the page was not loaded again")
                .isEqualTo("same page");
    }

    private void pressQuickly(Keys... keys) {
        Actions actions = new Actions(b);
        for (Keys k : keys) {
            actions.sendKeys(k);
        }
        actions.perform();
    }

    private void tabUntil(java.util.function.Predicate<List<String>> done) {
        for (int i = 0; i < 20; i++) {
            new Actions(b).sendKeys(Keys.TAB).perform();
            if (done.test(active())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the form; focus on " + active());
    }

    @SuppressWarnings("unchecked")
    private List<String> active() {
        return (List<String>) b.executeScript(ACTIVE);
    }

    @SuppressWarnings("unchecked")
    private List<String> keys() {
        return (List<String>) b.executeScript(
                "return [...document.querySelectorAll('form[data-in-place] .question')].map(q => q.dataset.key)");
    }

    /** What the polite live region last said (it is filled a moment after an update). */
    private String news() {
        return new WebDriverWait(b, Duration.ofSeconds(5)).until(d -> {
            String text = (String) b.executeScript("return document.getElementById('form-news').textContent");
            return text.isEmpty() ? null : text;
        });
    }

    private double top(WebElement e) {
        return ((Number) b.executeScript("return arguments[0].getBoundingClientRect().top", e)).doubleValue();
    }

    private String matterRow(String name) {
        return b.findElement(By.xpath("//div[@id='matters']//tr[td[contains(., '" + name + "')]]")).getText();
    }
}
