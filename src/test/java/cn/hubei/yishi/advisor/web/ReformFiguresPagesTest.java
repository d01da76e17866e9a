package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reform figures (减材料、减时限、减跑动) as the 放管服 office and the applicant read them, over the current rules:
 * every theme in one table and one JSON list, a theme's own, and the applicant's on the checklist. The numbers are
 * those of the frozen fixture rules (src/test/resources/fixture-rules), which the test build serves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReformFiguresPagesTest {

    /** A new company opening a restaurant in Tianmen (as ApplicantPagesTest). */
    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true";

    @Autowired
    MockMvc mvc;

    @Autowired
    RulesetHolder rules;

    @Test
    void theApiListsEveryThemesThreeFigures() throws Exception {
        int themes = rules.current().themes().size();
        mvc.perform(get("/api/themes/figures"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(themes)))
                .andExpect(jsonPath("$[*].figures.basis", everyItem(is("按主题全部事项、各事项必交材料计"))))
                .andExpect(jsonPath("$[*].figures.materials.bundled", everyItem(greaterThan(0))))
                .andExpect(jsonPath("$[*].figures.workingDays.separately", hasSize(themes)))
                .andExpect(jsonPath("$[*].figures.visits.bundled", everyItem(is(1))))
                // 7 matters: 27 materials one by one against 15, 27 working days against the longest path 11.
                .andExpect(jsonPath("$[?(@.id == 'tm-restaurant')].figures.materials.separately").value(27))
                .andExpect(jsonPath("$[?(@.id == 'tm-restaurant')].figures.materials.bundled").value(15))
                .andExpect(jsonPath("$[?(@.id == 'tm-restaurant')].figures.workingDays.bundled").value(11))
                .andExpect(jsonPath("$[?(@.id == 'tm-restaurant')].figures.visits.separately").value(7));
    }

    @Test
    void aThemesDetailCarriesItsFigures() throws Exception {
        mvc.perform(get("/api/themes/tm-restaurant"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.materials.reduced").value(12))
                .andExpect(jsonPath("$.figures.materials.percent").value(44))
                .andExpect(jsonPath("$.figures.workingDays.reduced").value(16))
                .andExpect(jsonPath("$.figures.visits.reduced").value(6));
    }

    @Test
    void thePageListsEveryThemeWithItsThreeFigures() throws Exception {
        Ruleset ruleset = rules.current();
        String page = mvc.perform(get("/themes/figures"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("各主题改革成效数据"),
                        containsString("按主题全部事项、各事项必交材料计"))))
                .andReturn().getResponse().getContentAsString();
        for (CompiledTheme t : ruleset.themes().values()) {
            assertThat(page).contains("data-theme=\"" + t.theme().id() + "\"");
        }
        assertThat(count(page, "<tr data-theme=")).isEqualTo(ruleset.themes().size());
        for (String figure : new String[] {"figure-materials", "figure-days", "figure-visits"}) {
            assertThat(count(page, "class=\"" + figure + "\"")).as(figure).isEqualTo(ruleset.themes().size());
        }
        Matcher restaurant = Pattern.compile("data-theme=\"tm-restaurant\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertThat(restaurant.find()).isTrue();
        assertThat(restaurant.group()).contains("27 → 15，减 12（44%）", "27 → 11，减 16（59%）", "7 → 1，减 6（86%）");
    }

    @Test
    void theHomePageLinksTheTable() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/themes/figures\"")));
    }

    @Test
    void theChecklistShowsTheApplicantsFigures() throws Exception {
        // 企业设立登记、食品经营许可、新办纳税人: 3 matters, 1 + 10 + 1 days one by one, 11 on the longest path.
        mvc.perform(get("/themes/tm-restaurant/checklist?" + ANSWERS))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("一事联办为您减少了什么"),
                        containsString("按您的回答计（3 个事项）"), containsString("15 份"), containsString("10 份"),
                        containsString("5 份（33%）"), containsString("12 个工作日"), containsString("1 个工作日（8%）"),
                        containsString("2 次（67%）"))));
    }

    @Test
    void theThemePageShowsTheThemesFigures() throws Exception {
        mvc.perform(get("/themes/tm-restaurant"))
                .andExpect(content().string(allOf(containsString("id=\"theme-figures\""),
                        containsString("按主题全部事项、各事项必交材料计（7 个事项）"), containsString("/themes/figures"),
                        not(containsString("id=\"applicant-figures\"")))));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
