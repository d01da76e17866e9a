package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The documents a window prints carry the clerk's name, not their login: the 收件凭证 of what came in, the
 * 容缺受理承诺书, and notices and sheets given before accounts had names. The case page reaches its materials,
 * verdict, documents and history from the top.
 */
@SpringBootTest(properties = {"advisor.watch-rules=false",
    "advisor.users[0].name=clerk", "advisor.users[0].password={noop}a-long-clerk-password",
    "advisor.users[0].roles=CLERK", "advisor.users[0].display-name=张敏"})
@AutoConfigureMockMvc
class ClerkDocumentsTest {

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReceiptListsEachMaterialInHandWithItsOriginalsAndCopiesAndTheClerksName() throws Exception {
        PrecheckCase c = answered("郑二十", 320, "clerk");
        assertThat(page("/cases/" + c.getId() + "/receipt", 409)).contains("没有收件凭证可打印");
        assertThat(page("/cases/" + c.getId(), 200)).doesNotContain("/receipt\"");

        Map<String, ReceivedMaterial> received = new LinkedHashMap<>();
        CaseContract.KEY.forEach(m -> received.put(m, new ReceivedMaterial(false, "")));
        received.put("domicile-declaration", new ReceivedMaterial(true, "未签名"));
        c = cases.receive(c.getId(), c.getVersion(), received, "clerk");

        // Reached by a link, no script needed.
        assertThat(page("/cases/" + c.getId(), 200)).contains("href=\"/cases/" + c.getId() + "/receipt\"");
        String receipt = page("/cases/" + c.getId() + "/receipt", 200);
        assertThat(receipt).contains("收件凭证", c.number(), "经办人：<span id=\"receipt-clerk\">张敏</span>",
                "申请人签字", "天门市政务服务中心", "有缺陷，需补正：未签名",
                PRINTED.format(LocalDate.now(PrecheckCase.ZONE)));
        Map<String, Advice.MaterialView> set = new LinkedHashMap<>();
        cases.assess(c).advice().materials().forEach(m -> set.put(m.id(), m));
        for (String id : CaseContract.KEY) {
            Advice.MaterialView m = set.get(id);
            String row = row(receipt, id);
            assertThat(row).as(id).contains(">" + m.name() + "<")
                    .contains(">" + (m.originals() == 0 ? "—" : m.originals()) + "</td>")
                    .contains(">" + (m.copies() == 0 ? "—" : m.copies()) + "</td>");
        }
        assertThat(receipt).doesNotContain("data-material=\"food-safety-rules\"");
    }

    @Test
    void aWaiverPrintsTheCommitmentWithWhatToBringByWhenAndWhatFollowsIfNot() throws Exception {
        PrecheckCase c = answered("郑二十一", 321, "clerk");
        assertThat(page("/cases/" + c.getId() + "/commitment", 409)).contains("没有容缺受理承诺书可打印");
        Map<String, ReceivedMaterial> received = new LinkedHashMap<>();
        CaseContract.KEY.forEach(m -> received.put(m, new ReceivedMaterial(false, "")));
        c = cases.receive(c.getId(), c.getVersion(), received, "clerk");
        LocalDate promised = LocalDate.now(PrecheckCase.ZONE).plusDays(10);
        c = cases.decide(c.getId(), c.getVersion(), CaseStatus.ACCEPTED_WITH_WAIVER, "非关键材料容缺", promised, "clerk");

        assertThat(page("/cases/" + c.getId(), 200)).contains("href=\"/cases/" + c.getId() + "/commitment\"");
        String letter = page("/cases/" + c.getId() + "/commitment", 200);
        assertThat(letter).contains("容缺受理承诺书", c.number(), "郑二十一", PRINTED.format(promised),
                "不予受理", "终止办理", "信用记录", "申请人（签字）", "张敏");
        for (String id : CaseContract.WAIVABLE) {
            assertThat(letter).as(id).contains("data-material=\"" + id + "\"");
        }
        for (String id : CaseContract.KEY) {
            assertThat(letter).as(id).doesNotContain("data-material=\"" + id + "\"");
        }
    }

    @Test
    void documentsGivenBeforeAccountsHadNamesPrintTheNameTheLoginHasNowOrTheLogin() throws Exception {
        PrecheckCase known = answered("郑二十二", 322, "clerk");
        known = cases.decide(known.getId(), known.getVersion(), CaseStatus.CORRECTION, "材料不齐", null, "clerk");
        PrecheckCase gone = answered("郑二十三", 323, "left-last-year");
        gone = cases.decide(gone.getId(), gone.getVersion(), CaseStatus.CORRECTION, "材料不齐", null, "left-last-year");
        assertThat(page("/cases/" + known.getId() + "/notice", 200)).contains("经办人：<span id=\"notice-clerk\">张敏</span>");
        // As a notice was stored before names: no clerkName in its record.
        int changed = jdbc.sql("UPDATE case_event SET record = REPLACE(record, ',\"clerkName\":\"张敏\"', '') "
                + "WHERE case_id = ? AND record IS NOT NULL").param(known.getId()).update();
        assertThat(changed).isEqualTo(1);
        assertThat(jdbc.sql("SELECT record FROM case_event WHERE case_id = ? AND record IS NOT NULL")
                .param(known.getId()).query(String.class).single()).doesNotContain("clerkName");
        assertThat(page("/cases/" + known.getId() + "/notice", 200)).contains("经办人：<span id=\"notice-clerk\">张敏</span>");
        assertThat(page("/cases/" + gone.getId() + "/notice", 200))
                .contains("经办人：<span id=\"notice-clerk\">left-last-year</span>");
        // The console shows names too: the header and the history.
        String casePage = page("/cases/" + known.getId(), 200);
        assertThat(casePage).contains("经办人：<span>张敏</span>").contains("<td data-label=\"经办人\">张敏</td>")
                .doesNotContain("<td data-label=\"经办人\">clerk</td>");
    }

    @Test
    void theCasePageLeadsToItsPartsAndFoldsALongHistoryUnderItsCount() throws Exception {
        PrecheckCase c = answered("郑二十四", 324, "clerk");
        String page = page("/cases/" + c.getId(), 200);
        assertThat(page).contains("href=\"#materials\"", "href=\"#verdict\"", "href=\"#documents\"", "href=\"#history\"");
        int materials = page.indexOf("id=\"materials\"");
        int verdict = page.indexOf("id=\"verdict\"");
        int documents = page.indexOf("id=\"documents\"");
        int history = page.indexOf("id=\"history\"");
        assertThat(materials).isPositive().isLessThan(verdict);
        assertThat(verdict).isLessThan(documents);
        assertThat(documents).isLessThan(history);
        assertThat(page.substring(history - 40, history + 80)).contains("open").contains("<details");
        assertThat(page).contains("（共 2 条）");

        for (String id : List.of("id-card", "lease-contract", "food-facility-layout", "shop-sign-design", "id-card")) {
            c = cases.receive(c.getId(), c.getVersion(), Map.of(id, new ReceivedMaterial(false, "")), "clerk");
        }
        page = page("/cases/" + c.getId(), 200);
        history = page.indexOf("id=\"history\"");
        assertThat(page.substring(page.lastIndexOf("<details", history), page.indexOf(">", history)))
                .doesNotContain("open");
        assertThat(page).contains("（共 " + c.getEvents().size() + " 条）");
        assertThat(c.getEvents().size()).isGreaterThan(CasePages.HISTORY_OPEN_UP_TO);
    }

    /** A case of 天门 我要开饭店 with every question answered (CaseContract's individual business). */
    private PrecheckCase answered(String name, int serial, String actor) {
        PrecheckCase c = cases.openAtWindow("tm-restaurant", Applicant.of(name, IdNumbers.valid("19800101", serial),
                "13800001111"), actor);
        Map<String, String> answers = new LinkedHashMap<>();
        CaseContract.JSON.readTree(CaseContract.ANSWERS).properties()
                .forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
        return cases.answer(c.getId(), c.getVersion(), answers, actor);
    }

    private String page(String path, int status) throws Exception {
        return mvc.perform(get(path).with(CLERK)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String row(String page, String materialId) {
        int at = page.indexOf("data-material=\"" + materialId + "\"");
        assertThat(at).as(materialId).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
