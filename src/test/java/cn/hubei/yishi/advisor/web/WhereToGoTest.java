package cn.hubei.yishi.advisor.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Where to go, without JavaScript: the city choice on the home page, a provincial theme that asks the place
 * first, and the service centre on the checklist and the pre-check code page (frozen fixture rules, whose
 * centre facts are test data).
 */
@SpringBootTest
@AutoConfigureMockMvc
class WhereToGoTest {

    @Autowired
    MockMvc mvc;

    @Test
    void choosingACityListsItsThemesAndTheProvincialOnesItHasNoVersionOf() throws Exception {
        mvc.perform(get("/").param("city", "honghu"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/themes/hh-restaurant"),
                        not(containsString("/themes/tm-restaurant")),
                        containsString("全省通用主题（在洪湖市按全省标准办理）"),
                        containsString("/themes/hb-residence-permit?at=honghu"),
                        containsString("name=\"city\" value=\"honghu\""))));
        // Tianmen has its own version of every provincial theme here: the province's are not listed again.
        mvc.perform(get("/").param("city", "tianmen"))
                .andExpect(content().string(allOf(containsString("/themes/tm-residence-permit"),
                        not(containsString("/themes/hb-residence-permit")), not(containsString("全省通用主题")))));
    }

    @Test
    void typing开店InTianmenFindsItsRestaurantOnly() throws Exception {
        mvc.perform(get("/").param("city", "tianmen").param("q", "开店"))
                .andExpect(content().string(allOf(containsString("天门市：找到 1 个与“开店”有关的主题"),
                        containsString("/themes/tm-restaurant"), not(containsString("/themes/hh-restaurant")))));
    }

    @Test
    void anUnknownCityIsSaidAndEverythingListed() throws Exception {
        mvc.perform(get("/").param("city", "nowhere"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("没有找到这个市县"),
                        containsString("/themes/hh-restaurant"), containsString("/themes/tm-restaurant"))));
    }

    @Test
    void aProvincialThemeAsksThePlaceFirst() throws Exception {
        mvc.perform(get("/themes/hb-residence-permit"))
                .andExpect(content().string(allOf(containsString("您在哪个市县办理？"),
                        containsString("href=\"/themes/tm-residence-permit\""),
                        containsString("href=\"/themes/hb-residence-permit?at=honghu\""),
                        not(containsString("一表申请：请回答以下问题")))));
        // A place with its own version: that version, with the answers so far.
        mvc.perform(get("/themes/hb-residence-permit").param("at", "tianmen").param("a.residence-permit-applicant", "mainland"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/themes/tm-residence-permit?a.residence-permit-applicant=mainland"));
        // A place without: the province's theme, handled there, the place kept in the form.
        mvc.perform(get("/themes/hb-residence-permit").param("at", "honghu"))
                .andExpect(content().string(allOf(containsString("一表申请：请回答以下问题"),
                        containsString("办理地：<strong>洪湖市</strong>"),
                        containsString("name=\"at\" value=\"honghu\""), not(containsString("您在哪个市县办理？")))));
    }

    @Test
    void theChecklistSaysWhereToGoAndWhatIsNotYetKnown() throws Exception {
        mvc.perform(get("/themes/tm-restaurant/checklist"))
                .andExpect(content().string(allOf(containsString("到哪里办"), containsString("天门市政务服务中心"),
                        containsString("“一事联办”综合窗口、8号窗口"), containsString("测试路1号"),
                        containsString("工作日 9:00—12:00、13:30—17:00"), containsString("0728-0000000"),
                        containsString("12345"), not(containsString("尚未核实收录")))));
        // Honghu's centre has no verified address or hours: the page says so and names the hotline.
        mvc.perform(get("/themes/hb-residence-permit/checklist").param("at", "honghu"))
                .andExpect(content().string(allOf(containsString("洪湖市政务服务中心"),
                        containsString("本中心的地址和办公时间</span>尚未核实收录"),
                        containsString("name=\"at\" value=\"honghu\""))));
        mvc.perform(get("/themes/hb-residence-permit/checklist"))
                .andExpect(content().string(allOf(containsString("在您所在的市县政务服务中心综合窗口办理"),
                        containsString("您在哪个市县办理？"))));
    }

    @Test
    void thePrecheckCodeKeepsThePlaceChosen() throws Exception {
        MvcResult r = mvc.perform(post("/themes/hb-residence-permit/submit").param("at", "honghu")
                        .param("token", "0a1b2c3d-0000-4000-8000-00000000beef"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String code = r.getResponse().getRedirectedUrl();
        mvc.perform(get(code))
                .andExpect(header().string("Content-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("洪湖市政务服务中心"), containsString("12345"))));
    }
}
