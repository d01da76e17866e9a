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

    @Autowired
    cn.hubei.yishi.advisor.precheck.SubmissionStore submissions;

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
    void everyWrongFieldOfTheNewCaseFormIsToldAtOnceBesideItself() throws Exception {
        int before = cases.search(null, null).size();
        String page = mvc.perform(post("/cases").with(CLERK).with(csrf()).param("name", "")
                        .param("idNumber", "12345").param("phone", "110"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("有 4 处需要修改")))
                .andReturn().getResponse().getContentAsString();
        for (String[] f : new String[][] {{"themeId", "请选择要办理的主题"}, {"name", "请填写申请人姓名"},
                {"idNumber", "校验位"}, {"phone", "11 位手机号码"}}) {
            // The message sits right after its own field, which points at it.
            int field = page.indexOf("id=\"" + f[0] + "\"");
            int message = page.indexOf("id=\"err-" + f[0] + "\"");
            org.assertj.core.api.Assertions.assertThat(field).as(f[0]).isPositive();
            org.assertj.core.api.Assertions.assertThat(message).as(f[0]).isGreaterThan(field);
            org.assertj.core.api.Assertions.assertThat(page.substring(message, page.indexOf("</p>", message)))
                    .as(f[0]).contains(f[1]);
            String tag = page.substring(field, page.indexOf(">", field));
            org.assertj.core.api.Assertions.assertThat(tag).as(f[0]).contains("aria-invalid=\"true\"")
                    .contains("aria-describedby=\"err-" + f[0] + "\"");
        }
        mvc.perform(post("/cases").with(CLERK).with(csrf()).param("precheckCode", "ZZZZ-ZZZZ").param("name", "郑十六")
                        .param("idNumber", "12345").param("phone", "13800001111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"err-precheckCode\""),
                        containsString("id=\"err-idNumber\""), containsString("有 2 处需要修改"))));
        org.assertj.core.api.Assertions.assertThat(cases.search(null, null)).hasSize(before);
    }

    @Test
    void aCodeOpenedAgainWithAnotherNameWarnsTheClerkToCheckTheId() throws Exception {
        String code = submissions.store("tm-restaurant", "a.has-business-licence=false", "test").code();
        String id = IdNumbers.valid("19800101", 306);
        String first = mvc.perform(post("/cases").with(CLERK).with(csrf()).param("precheckCode", code)
                        .param("name", "郑十六").param("idNumber", id).param("phone", "13800001111"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var same = mvc.perform(post("/cases").with(CLERK).with(csrf()).param("precheckCode", code)
                        .param("name", "郑十六").param("idNumber", id).param("phone", "13800001111"))
                .andExpect(redirectedUrl(first)).andReturn();
        mvc.perform(get(first).with(CLERK).flashAttrs(same.getFlashMap()))
                .andExpect(content().string(allOf(containsString("未重复建档"), not(containsString("请核对申请人身份证件")))));

        var other = mvc.perform(post("/cases").with(CLERK).with(csrf()).param("precheckCode", code)
                        .param("name", "王十六").param("idNumber", IdNumbers.valid("19800101", 307))
                        .param("phone", "13800001111"))
                .andExpect(redirectedUrl(first)).andReturn();
        mvc.perform(get(first).with(CLERK).flashAttrs(other.getFlashMap()))
                .andExpect(content().string(allOf(containsString("id=\"warning\""),
                        containsString("请核对申请人身份证件"), containsString("案件中为 郑十六，刚才输入的是 王十六"),
                        containsString("身份证号"), not(containsString(IdNumbers.valid("19800101", 307))))));
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
    void aMaterialTheWindowRetrievesIsMarkedApartFromWhatTheApplicantHandsIn() throws Exception {
        PrecheckCase c = cases.openAtWindow("tm-restaurant", Applicant.of("郑十九", IdNumbers.valid("19800101", 319),
                "13800001111"), "clerk-a");
        cases.answer(c.getId(), 0, java.util.Map.of("has-business-licence", "true"), "clerk-a");
        mvc.perform(get("/cases/" + c.getId()).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"tag provision retrieved\">可调取电子证照核验</span>"),
                        containsString("class=\"tag provision\">申请人提交</span>"),
                        containsString("可调取电子证照核验 <strong>1</strong> 项"),
                        containsString("可调取「电子营业执照」电子证照核验，免于提交纸质材料"))));
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
