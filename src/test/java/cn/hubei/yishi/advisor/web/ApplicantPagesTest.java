package cn.hubei.yishi.advisor.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The applicant's pages without JavaScript: search, the one form, the checklist. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicantPagesTest {

    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true";

    @Autowired
    MockMvc mvc;

    @Test
    void typing饭店FindsTheRestaurantThemes() throws Exception {
        mvc.perform(get("/").param("q", "饭店"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("找到 2 个"), containsString("/themes/tm-restaurant"),
                        containsString("/themes/hh-restaurant"), not(containsString("/themes/tm-pharmacy")))));
    }

    @Test
    void anAnswerRevealsTheNextQuestion() throws Exception {
        mvc.perform(get("/themes/tm-restaurant"))
                .andExpect(content().string(allOf(containsString("是否已经取得营业执照？"), not(containsString("以什么形式经营？")))));
        mvc.perform(get("/themes/tm-restaurant?a.has-business-licence=false"))
                .andExpect(content().string(containsString("以什么形式经营？")));
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
                        containsString("由本主题内「企业设立登记」办结后生成"), containsString("承诺时限为 <strong>10</strong>"),
                        containsString("<li>居民身份证</li>"))));
        mvc.perform(get("/themes/tm-restaurant/checklist?" + ANSWERS + "&have=id-card"))
                .andExpect(content().string(not(containsString("<li>居民身份证</li>"))));
    }

    @Test
    void anUnknownThemeIsNotFound() throws Exception {
        mvc.perform(get("/themes/no-such-theme")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("页面不存在"), containsString("没有这个主题"))));
        mvc.perform(get("/precheck/ZZZZ-ZZZZ")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有这个预审码")));
    }
}
