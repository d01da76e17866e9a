package cn.hubei.yishi.advisor.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.AdviceService;
import cn.hubei.yishi.advisor.advice.FormAnswers;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/** The applicant's pages without JavaScript: search, the one form, the checklist. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicantPagesTest {

    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true";

    @Autowired
    MockMvc mvc;

    @Autowired
    RulesetHolder rules;

    @Autowired
    AdviceService advice;

    @Test
    void typing饭店FindsTheRestaurantThemes() throws Exception {
        mvc.perform(get("/").param("q", "饭店"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("找到 2 个"), containsString("/themes/tm-restaurant"),
                        containsString("/themes/hh-restaurant"), not(containsString("/themes/tm-pharmacy")))));
    }

    @Test
    void theChecklistSaysWhatRunsFirstAndTheTotal() throws Exception {
        // A new company: 企业设立登记 issues the 营业执照 that 食品经营许可 needs, so the licence starts after it.
        mvc.perform(get("/themes/tm-restaurant/checklist?" + ANSWERS))
                .andExpect(content().string(allOf(containsString("部分事项要等其他事项办结后才能开始"),
                        containsString("承诺时限合计 <strong class=\"promised\">11</strong> 个工作日"),
                        containsString("在「企业设立登记」办结后开始"), containsString("受理后第 1 个工作日起"),
                        not(containsString("各事项并联办理")))));
    }

    @Test
    void anAnswerRevealsTheNextQuestion() throws Exception {
        mvc.perform(get("/themes/tm-restaurant"))
                .andExpect(content().string(allOf(containsString("是否已经取得营业执照？"), not(containsString("以什么形式经营？")))));
        mvc.perform(get("/themes/tm-restaurant?a.has-business-licence=false"))
                .andExpect(content().string(containsString("以什么形式经营？")));
    }

    @Test
    void continueWithoutJavaScriptComesBackAtTheNextQuestionToAnswer() throws Exception {
        // The question the answer revealed, right after it.
        mvc.perform(get("/themes/tm-restaurant?a.has-business-licence=false&next=1"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location",
                        "/themes/tm-restaurant?a.has-business-licence=false#question-business-form"));
        // An answer to correct comes first, wherever it is; the typed text travels as typed.
        mvc.perform(get("/themes/tm-children-playground?a.playground-large-rides=true&a.ride-count=0&next=1"))
                .andExpect(header().string("Location", containsString("a.ride-count=0#question-ride-count")));
        // Nothing left to answer: the checklist link.
        mvc.perform(get("/themes/tm-restaurant?" + ANSWERS + "&next=1"))
                .andExpect(header().string("Location", "/themes/tm-restaurant?" + ANSWERS + "#done"));
        mvc.perform(get("/themes/tm-restaurant?" + ANSWERS))
                .andExpect(content().string(allOf(containsString("id=\"done\""),
                        containsString("id=\"question-by-agent\""))));
    }

    @Test
    void aMatterIsUndecidedUntilTheAnswersDecideIt() throws Exception {
        String blank = page("/themes/tm-restaurant");
        org.assertj.core.api.Assertions.assertThat(blank).doesNotContain("暂不需要");
        org.assertj.core.api.Assertions.assertThat(row(blank, "企业设立登记")).contains("待确定");
        org.assertj.core.api.Assertions.assertThat(row(blank, "户外招牌设置")).contains("待确定");
        // A rule that needs no answer decides at once (no 环评 for a restaurant).
        org.assertj.core.api.Assertions.assertThat(row(blank, "建设项目环境影响登记表备案")).contains("无需办理");
        // An answer that rules a matter out decides it; the others wait for theirs.
        String licensed = page("/themes/tm-restaurant?a.has-business-licence=true");
        org.assertj.core.api.Assertions.assertThat(row(licensed, "企业设立登记")).contains("无需办理")
                .contains("已取得营业执照");
        org.assertj.core.api.Assertions.assertThat(row(licensed, "户外招牌设置")).contains("待确定");
        org.assertj.core.api.Assertions.assertThat(page("/themes/tm-restaurant?" + ANSWERS)).doesNotContain("待确定");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private static String row(String page, String matter) {
        int at = page.indexOf("<span>" + matter + "</span>");
        org.assertj.core.api.Assertions.assertThat(at).as(matter).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void aWrongAnswerGetsItsMessageBesideTheField() throws Exception {
        mvc.perform(get("/themes/tm-restaurant?a.has-business-licence=maybe"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("id=\"error-has-business-licence\""),
                        containsString("aria-describedby=\"hint-has-business-licence error-has-business-licence\""))));
    }

    @Test
    void theChecklistListsTheOneSetAndWhatIsStillMissing() throws Exception {
        mvc.perform(get("/themes/tm-restaurant?" + ANSWERS))
                .andExpect(content().string(containsString("/themes/tm-restaurant/checklist?")));
        mvc.perform(get("/themes/tm-restaurant/checklist?" + ANSWERS))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("符合受理条件"), containsString("我要开饭店联办申请表"),
                        containsString("由本主题内「企业设立登记」办结后生成"), containsString("承诺时限合计 <strong class=\"promised\">11</strong>"),
                        containsString("<li>居民身份证</li>"))));
        mvc.perform(get("/themes/tm-restaurant/checklist?" + ANSWERS + "&have=id-card"))
                .andExpect(content().string(not(containsString("<li>居民身份证</li>"))));
    }

    /**
     * Why to trust it: the checklist says when it was made, which ruleset made it and when that was
     * published, the notice the theme comes from, each matter's 设定依据 and 承诺时限, and for each material
     * the matters that ask for it — each as the rules say, on screen and in the print view.
     */
    @Test
    void theChecklistSaysWhenByWhichRulesFromWhichNoticeAndWhy() throws Exception {
        Ruleset ruleset = rules.current();
        CompiledTheme theme = ruleset.theme("tm-restaurant");
        Advice expected = advice.evaluate(ruleset, theme, FormAnswers.read(ruleset, theme,
                UriComponentsBuilder.fromUriString("/?" + ANSWERS).build().getQueryParams()).input());
        String today = ThemePages.WHEN.format(java.time.Instant.now()).split(" ")[0];
        org.assertj.core.api.Assertions.assertThat(today)
                .startsWith(LocalDate.now(ThemePages.ZONE).getYear() + "年");
        String published = ThemePages.WHEN.format(ruleset.loadedAt());
        for (String path : new String[] {"/themes/tm-restaurant/checklist?", "/themes/tm-restaurant/checklist/print?"}) {
            String page = page(path + ANSWERS);
            var it = org.assertj.core.api.Assertions.assertThat(page).as(path);
            it.containsPattern(java.util.regex.Pattern.quote(today) + " \\d{2}:\\d{2}</span> 生成");
            it.contains("规则版本 <span>" + ruleset.version() + "</span>（<span>" + published + "</span> 发布）");
            it.contains("依据文件：<span>" + theme.theme().source() + "</span>")
                    .contains("天门市巩固提升“一事联办”事项清单");
            long withLimit = 0;
            for (Advice.MatterView m : expected.matters()) {
                if (!m.applies()) {
                    continue;
                }
                String row = row(page, m.name());
                if (m.legalBasis() != null && !m.legalBasis().isBlank()) {
                    org.assertj.core.api.Assertions.assertThat(row).as(m.name())
                            .contains("设定依据：" + m.legalBasis());
                }
                if (m.timeLimitDays() == null) {
                    org.assertj.core.api.Assertions.assertThat(row).as(m.name()).doesNotContain("个工作日");
                } else {
                    withLimit++;
                    org.assertj.core.api.Assertions.assertThat(row).as(m.name())
                            .contains(m.timeLimitDays() == 0 ? "即办" : m.timeLimitDays() + " 个工作日");
                }
            }
            org.assertj.core.api.Assertions.assertThat(withLimit).isPositive();
            it.contains("设定依据：《");
            int oneSet = page.indexOf("<h2>一套材料</h2>");
            for (Advice.MaterialView m : expected.materials()) {
                int at = page.indexOf(">" + m.name(), oneSet);
                org.assertj.core.api.Assertions.assertThat(at).as(m.name()).isPositive();
                String row = page.substring(at, page.indexOf("</tr>", at));
                org.assertj.core.api.Assertions.assertThat(row).as(m.name() + " says what it is for")
                        .contains("data-label=\"用于\">" + String.join("、",
                                m.requiredBy().stream().map(Advice.MatterRef::name).toList()) + "<");
            }
        }
    }

    @Test
    void anUnknownThemeIsNotFound() throws Exception {
        mvc.perform(get("/themes/no-such-theme")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("页面不存在"), containsString("没有这个主题"))));
        mvc.perform(get("/precheck/ZZZZ-ZZZZ")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有这个预审码")));
    }
}
