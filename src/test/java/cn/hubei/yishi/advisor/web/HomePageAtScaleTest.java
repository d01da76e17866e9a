package cn.hubei.yishi.advisor.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the catalog holds more themes than the home page lists at once (a province's thousands of versions;
 * here the fixture's 8 against a limit of 5), the page lists the province's themes and asks for a city, and a
 * city or a search still lists everything that matches.
 */
@SpringBootTest(properties = "advisor.home.whole-list=5")
@AutoConfigureMockMvc
class HomePageAtScaleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void withoutACityOrASearchOnlyTheProvincesThemesAreListed() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(containsString("id=\"narrowed\""),
                        containsString("/themes/hb-residence-permit"), not(containsString("/themes/tm-restaurant")),
                        not(containsString("/themes/hh-restaurant")))));
        mvc.perform(get("/").param("city", "tianmen"))
                .andExpect(content().string(allOf(not(containsString("id=\"narrowed\"")),
                        containsString("/themes/tm-restaurant"))));
        mvc.perform(get("/").param("q", "饭店"))
                .andExpect(content().string(allOf(containsString("/themes/tm-restaurant"),
                        containsString("/themes/hh-restaurant"))));
    }
}
