package cn.hubei.yishi.advisor.cases;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's pages answer mistakes and conflicts on the page, in Chinese, and change nothing. */
@SpringBootTest(properties = "advisor.watch-rules=false")
@AutoConfigureMockMvc
class CasePagesTest {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrongFieldIsToldBesideItAndNoCaseIsOpened() throws Exception {
        int before = cases.search(null, null).size();
        mvc.perform(post("/cases").with(CLERK).with(csrf()).param("themeId", "tm-restaurant").param("name", "郑十一")
                        .param("idNumber", "12345").param("phone", "13800001111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("aria-invalid=\"true\""), containsString("校验位"),
                        containsString("value=\"郑十一\""))));
        mvc.perform(post("/cases").with(CLERK).with(csrf()).param("name", "郑十一")
                        .param("idNumber", IdNumbers.valid("19800101", 301)).param("phone", "13800001111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要办理的主题")));
        org.assertj.core.api.Assertions.assertThat(cases.search(null, null)).hasSize(before);
    }

    @Test
    void aStaleFormIsRefusedWithWhoChangedTheCase() throws Exception {
        PrecheckCase c = cases.openAtWindow("tm-restaurant", Applicant.of("郑十二", IdNumbers.valid("19800101", 302),
                "13800001111"), "clerk-a");
        cases.answer(c.getId(), 0, java.util.Map.of("has-business-licence", "true"), "clerk-a");
        mvc.perform(post("/cases/" + c.getId() + "/answers").with(CLERK).with(csrf()).param("version", "0")
                        .param("a.has-business-licence", "false"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("本案件已被 clerk-a"), containsString("未保存"))));
        org.assertj.core.api.Assertions.assertThat(cases.get(c.getId()).getAnswersQuery())
                .isEqualTo("a.has-business-licence=true");

        mvc.perform(post("/cases/" + c.getId() + "/verdict").with(CLERK).with(csrf()).param("version", "1")
                        .param("verdict", "ACCEPTED").param("reason", "齐全"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能作出“可受理”结论")));
        mvc.perform(get("/cases/" + c.getId() + "/notice").with(CLERK))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("没有告知书可打印")));
    }

    @Test
    void theApplicantsDetailsCanBeCorrectedOnTheCasePage() throws Exception {
        PrecheckCase c = cases.openAtWindow("tm-restaurant", Applicant.of("郑十四", IdNumbers.valid("19800101", 304),
                "13800001111"), "clerk");
        mvc.perform(post("/cases/" + c.getId() + "/applicant").with(CLERK).with(csrf()).param("version", "0")
                        .param("name", "郑十四").param("idNumber", "429006198001013041").param("phone", "13800001111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("open=\"open\""), containsString("校验位"))));
        String corrected = IdNumbers.valid("19800102", 304);
        mvc.perform(post("/cases/" + c.getId() + "/applicant").with(CLERK).with(csrf()).param("version", "0")
                        .param("name", "郑拾肆").param("idNumber", corrected).param("phone", "13800001111"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(cases.get(c.getId()).getApplicant())
                .isEqualTo(new Applicant("郑拾肆", corrected, "13800001111"));
    }

    @Test
    void aCaseLeftOpenPastTheNoticeDeadlineIsFlagged() throws Exception {
        PrecheckCase c = cases.openAtWindow("tm-restaurant", Applicant.of("郑十五", IdNumbers.valid("19800101", 305),
                "13800001111"), "clerk");
        mvc.perform(get("/cases/" + c.getId()).with(CLERK))
                .andExpect(content().string(not(containsString("已超过告知期限"))));
        jdbc.sql("UPDATE precheck_case SET received_on = ? WHERE id = ?")
                .params(java.time.LocalDate.now().minusDays(14), c.getId()).update();
        mvc.perform(get("/cases/" + c.getId()).with(CLERK))
                .andExpect(content().string(containsString("已超过告知期限")));
    }

    @Test
    void theQueueSearchesAndMasks() throws Exception {
        String id = IdNumbers.valid("19800101", 303);
        PrecheckCase c = cases.openAtWindow("tm-restaurant", Applicant.of("郑十三", id, "13800001111"), "clerk");
        mvc.perform(get("/cases").with(CLERK).param("q", "十三"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(c.number()), containsString("预审中"),
                        not(containsString(id)), containsString(Applicant.mask(id)))));
        mvc.perform(get("/cases").with(CLERK).param("date", "22/11/2026"))
                .andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(get("/cases/" + c.getId()).with(CLERK))
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/cases/99999999").with(CLERK)).andExpect(status().isNotFound());
        mvc.perform(get("/cases").accept("text/html")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/cases/" + c.getId() + "/verdict").with(CLERK).param("version", "0"))
                .andExpect(status().isForbidden());
    }
}
