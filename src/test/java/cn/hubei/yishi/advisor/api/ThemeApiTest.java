package cn.hubei.yishi.advisor.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hubei.yishi.advisor.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The API as a client sees it, over the frozen fixture rules (src/test/resources/fixture-rules). */
@SpringBootTest(properties = {Fixtures.RULES_DIR_PROPERTY, Fixtures.SAMPLES_DIR_PROPERTY, "advisor.watch-rules=false"})
@AutoConfigureMockMvc
class ThemeApiTest {

    private static final String PLAYGROUND = "/api/themes/tm-children-playground";

    @Autowired
    MockMvc mvc;

    @Test
    void listsThemesWithDepartments() throws Exception {
        mvc.perform(get("/api/themes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'hb-children-playground')].name").value("儿童游乐园开办一件事"))
                .andExpect(jsonPath("$[?(@.id == 'hb-children-playground')].leadDepartment").value("省市场监管局"))
                .andExpect(jsonPath("$[?(@.id == 'tm-children-playground')].jurisdiction").value("天门市"));
    }

    @Test
    void listsOnePlacesThemesOnePageAtATime() throws Exception {
        // The fixture has 8 themes: 3 provincial, 4 of Tianmen, 1 of Honghu.
        mvc.perform(get("/api/themes"))
                .andExpect(header().string("X-Total-Count", "8")).andExpect(jsonPath("$", hasSize(8)));
        mvc.perform(get("/api/themes").param("jurisdiction", "tianmen"))
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(jsonPath("$[*].jurisdiction", everyItem(is("天门市"))));
        mvc.perform(get("/api/themes").param("jurisdiction", "洪湖市").param("q", "饭店"))
                .andExpect(jsonPath("$[*].id", contains("hh-restaurant")));
        mvc.perform(get("/api/themes").param("offset", "2").param("limit", "3"))
                .andExpect(header().string("X-Total-Count", "8")).andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/themes").param("offset", "7").param("limit", "3"))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void aWrongPageOrPlaceIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/themes").param("limit", "0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("limit")));
        mvc.perform(get("/api/themes").param("limit", "501"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("limit")));
        mvc.perform(get("/api/themes").param("offset", "-1"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("offset")));
        mvc.perform(get("/api/themes").param("offset", "二"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("offset")));
        mvc.perform(get("/api/themes").param("jurisdiction", "nowhere"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("jurisdiction")));
    }

    @Test
    void searchesNamesAndAliases() throws Exception {
        mvc.perform(get("/api/themes").param("q", "游乐场"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem("hb-children-playground")))
                .andExpect(jsonPath("$[*].id", hasItem("tm-children-playground")));
        mvc.perform(get("/api/themes").param("q", "没有这个主题"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void themeDetailHasMattersAndQuestions() throws Exception {
        mvc.perform(get(PLAYGROUND))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matters[0].name").value("企业设立登记"))
                .andExpect(jsonPath("$.matters[1].department").value("市城管局"))
                .andExpect(jsonPath("$.questions[*].key", hasItem("playground-sells-food")))
                .andExpect(jsonPath("$.questions[?(@.key == 'ride-count')].conditional").value(true));
    }

    @Test
    void noAnswersGivesTheFirstQuestions() throws Exception {
        evaluate("{}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.pendingQuestions[0].key").value("has-business-licence"))
                .andExpect(jsonPath("$.pendingQuestions[0].text").value("是否已经取得营业执照？"))
                .andExpect(jsonPath("$.rulesetVersion").isNotEmpty());
    }

    @Test
    void evaluationMergesMaterialsAndSaysWhatIsMissing() throws Exception {
        evaluate("""
                {"answers": {"has-business-licence": false, "premises": "rented", "playground-sells-food": "prepared",
                  "playground-outdoor-sign": false, "playground-large-rides": false, "by-agent": false,
                  "name-declared": true, "food-conditions-ready": true},
                 "submittedMaterials": ["id-card"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.matters[?(@.id == 'company-setup')].applies").value(true))
                .andExpect(jsonPath("$.matters[?(@.id == 'outdoor-advertising')].applies").value(false))
                .andExpect(jsonPath("$.matters[?(@.id == 'outdoor-advertising')].reasons[0]").value("不在户外设置广告牌或招牌"))
                // the ID card is asked by two matters, once in the one set, with both matters and the strictest form
                .andExpect(jsonPath("$.materials[?(@.id == 'id-card')].requiredBy[*].id",
                        org.hamcrest.Matchers.contains("company-setup", "food-business-licence")))
                .andExpect(jsonPath("$.materials[?(@.id == 'id-card')].formLabel").value("原件及复印件"))
                .andExpect(jsonPath("$.materials[?(@.id == 'id-card')].provided").value(true))
                // the business licence comes out of company-setup inside the theme
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].needsSubmission").value(false))
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].producedBy").value("企业设立登记"))
                // not yet issued, so not a 电子证照 to retrieve: it comes from that matter
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].provision").value("本主题内生成"))
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].retrieval").value(""))
                .andExpect(jsonPath("$.materials[?(@.id == 'id-card')].provision").value("申请人提交"))
                // two matters' own forms give way to the joint form
                .andExpect(jsonPath("$.materials[0].id").value("joint-application-form"))
                .andExpect(jsonPath("$.materials[0].name").value("儿童游乐园开办一件事联办申请表"))
                .andExpect(jsonPath("$.materials[*].id", not(hasItem("company-registration-application"))))
                .andExpect(jsonPath("$.missing[*].id", not(hasItem("id-card"))))
                .andExpect(jsonPath("$.missing[*].id", hasItem("lease-contract")))
                .andExpect(jsonPath("$.firedRules", hasItem("企业设立登记：尚无营业执照")));
    }

    @Test
    void aLicenceAlreadyHeldIsRetrievedAsAnElectronicLicence() throws Exception {
        evaluate("""
                {"answers": {"has-business-licence": true, "premises": "rented", "playground-sells-food": "prepared",
                  "playground-outdoor-sign": false, "playground-large-rides": false, "by-agent": false,
                  "food-conditions-ready": true}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].needsSubmission").value(false))
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].retrieval").value("RETRIEVED"))
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].provision").value("可调取电子证照核验"))
                .andExpect(jsonPath("$.materials[?(@.id == 'business-licence')].exemptions[0]")
                        .value("可调取「电子营业执照」电子证照核验，免于提交纸质材料"));
    }

    @Test
    void unknownThemeIs404() throws Exception {
        mvc.perform(post("/api/themes/no-such-theme/evaluate").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("no-such-theme")));
        mvc.perform(get("/api/themes/no-such-theme")).andExpect(status().isNotFound());
    }

    @Test
    void springsOwnErrorsAreInChineseToo() throws Exception {
        mvc.perform(get("/api/no-such-endpoint"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("未找到"));
        mvc.perform(post(PLAYGROUND + "/evaluate").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("不支持的内容类型，请使用 application/json"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        evaluate("{\"answers\": {\"premises\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求体不是有效的 JSON"))
                .andExpect(jsonPath("$.field").value("(body)"));
    }

    @Test
    void unknownQuestionIs400NamingIt() throws Exception {
        evaluate("{\"answers\": {\"favourite-colour\": \"red\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers.favourite-colour"));
    }

    @Test
    void wrongValueTypeIs400NamingIt() throws Exception {
        evaluate("{\"answers\": {\"has-business-licence\": \"yes\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers.has-business-licence"))
                .andExpect(jsonPath("$.detail", containsString("true")));
        evaluate("{\"answers\": {\"ride-count\": \"three\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers.ride-count"));
        evaluate("{\"answers\": {\"ride-count\": 0}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers.ride-count"));
    }

    @Test
    void unknownOptionIs400NamingIt() throws Exception {
        evaluate("{\"answers\": {\"premises\": \"borrowed\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers.premises"))
                .andExpect(jsonPath("$.detail", containsString("rented")));
    }

    @Test
    void unknownMaterialIs400NamingIt() throws Exception {
        evaluate("{\"submittedMaterials\": [\"id-card\", \"moon-rock\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("submittedMaterials[1]"));
        evaluate("{\"submittedMaterials\": \"id-card\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("submittedMaterials"));
    }

    @Test
    void unknownTopLevelFieldIs400NamingIt() throws Exception {
        evaluate("{\"answer\": {}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answer"));
    }

    private ResultActions evaluate(String json) throws Exception {
        return mvc.perform(post(PLAYGROUND + "/evaluate").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
