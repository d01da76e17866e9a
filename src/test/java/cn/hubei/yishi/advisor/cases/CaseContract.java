package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.hubei.yishi.advisor.precheck.SubmissionStore;
import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases through the API and the service, as a window system and two clerks use them. Run against each
 * database the service supports: {@link CaseH2Test} always, {@link CasePostgresTest} where PostgreSQL
 * answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** 天门 我要开饭店, an individual business: five matters in three departments (sample 02). */
    static final String ANSWERS = """
            {"has-business-licence": false, "business-form": "individual", "ib-operation-form": "personal",
             "ib-operator-eligible": true, "catering-residential-floor": false, "food-shop-sign": true,
             "shop-sign-on-frontage": true, "shop-sign-large": false, "premises": "rented", "catering-sewer": true,
             "drainage-pretreatment-ready": true, "drainage-already-discharging": false,
             "drainage-key-discharger": false, "food-conditions-ready": true, "tax-needs-invoice": true,
             "by-agent": false}""";
    static final List<String> KEY = List.of("joint-application-form", "id-card", "domicile-declaration",
            "lease-contract", "food-facility-layout", "shop-sign-design", "drainage-network-drawings",
            "drainage-pretreatment-materials", "invoice-seal-impression");
    static final List<String> WAIVABLE = List.of("food-safety-rules", "drainage-concealed-works-report",
            "shop-sign-safety-commitment");

    ConfigurableApplicationContext app;
    HttpTestClient http;
    int seq;

    /** The server on the database under test. */
    abstract ConfigurableApplicationContext start();

    void cleanUp() {
    }

    @BeforeAll
    void startServer() {
        app = start();
        http = new HttpTestClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    void stopServer() {
        if (app != null) {
            cleanUp();
            app.close();
        }
    }

    @Test
    void aPrecheckCodeOpensOneCaseWithTheApplicantsAnswersButNotTheirTicks() throws Exception {
        String code = app.getBean(SubmissionStore.class).store("tm-restaurant",
                "a.has-business-licence=false&a.business-form=individual&have=id-card", "test").code();
        String id = idNumber();
        HttpResponse<String> opened = call("POST", "/api/cases", """
                {"precheckCode": "%s", "applicant": {"name": "王五", "idNumber": "%s", "phone": "13912345678"}}"""
                .formatted(code.toLowerCase().replace("-", " "), id));
        assertThat(opened.statusCode()).isEqualTo(201);
        JsonNode c = JSON.readTree(opened.body());
        assertThat(c.path("precheckCode").asString()).isEqualTo(code);
        assertThat(c.path("themeName").asString()).isEqualTo("我要开饭店");
        assertThat(c.path("answers").path("business-form").asString()).isEqualTo("individual");
        assertThat(c.path("materials").size()).as("the clerk ticks what is handed over").isZero();
        assertThat(c.path("status").asString()).isEqualTo("OPEN");
        assertThat(c.path("number").asString()).matches("YS\\d{8}-\\d{5}");
        assertThat(opened.headers().firstValue("Location")).contains("/api/cases/" + c.path("id").asLong());

        HttpResponse<String> again = call("POST", "/api/cases", """
                {"precheckCode": "%s", "applicant": {"name": "王五", "idNumber": "%s", "phone": "13912345678"}}"""
                .formatted(code, id));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("id").asLong()).isEqualTo(c.path("id").asLong());
    }

    @Test
    void theApplicantFollowsTheirCaseByCodeAndSeesNoPersonalData() throws Exception {
        String code = app.getBean(SubmissionStore.class).store("tm-restaurant", "a.has-business-licence=false", "test")
                .code();
        String id = idNumber();
        JsonNode c = ok(call("POST", "/api/cases", """
                {"precheckCode": "%s", "applicant": {"name": "周九", "idNumber": "%s", "phone": "13912345678"}}"""
                .formatted(code, id)));
        long caseId = c.path("id").asLong();
        c = ok(call("PUT", "/api/cases/" + caseId + "/answers", "{\"version\": " + c.path("version").asLong()
                + ", \"answers\": " + ANSWERS + "}"));
        c = ok(receive(caseId, c.path("version").asLong(), List.of("id-card"), "lease-contract", "合同已过期"));
        c = ok(decide(caseId, c.path("version").asLong(), "CORRECTION", "一次告知补正", null));

        HttpResponse<String> page = call("GET", "/precheck/" + code, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(c.path("number").asString()).contains("需补正").contains("发票专用章印模")
                .contains("合同已过期").doesNotContain("周九").doesNotContain(id.substring(6, 14));

        // What has been handed in since is no longer asked for.
        ok(receive(caseId, c.path("version").asLong(), List.of("id-card", "lease-contract"), null, null));
        assertThat(call("GET", "/precheck/" + code, null, null).body()).doesNotContain("合同已过期")
                .contains("发票专用章印模");
    }

    @Test
    void aTypoInTheApplicantIsCorrectedAndTheHistoryKeepsItMasked() throws Exception {
        JsonNode c = openAtWindow();
        long id = c.path("id").asLong();
        String corrected = idNumber();
        assertProblem(call("PUT", "/api/cases/" + id + "/applicant", """
                {"version": 0, "applicant": {"name": "张珊", "idNumber": "%s", "phone": "1380000"}}""".formatted(corrected)),
                400, "applicant.phone");
        c = ok(call("PUT", "/api/cases/" + id + "/applicant", """
                {"version": 0, "applicant": {"name": "张珊", "idNumber": "%s", "phone": "13800001111"}}"""
                .formatted(corrected)));
        assertThat(c.path("applicant").path("name").asString()).isEqualTo("张珊");
        assertThat(c.path("applicant").path("idNumber").asString()).isEqualTo(corrected);
        JsonNode last = c.path("history").get(c.path("history").size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("修改申请人信息");
        assertThat(last.path("detail").asString()).contains("张三 → 张珊").contains(Applicant.mask(corrected))
                .doesNotContain(corrected);
        assertThat(list("?q=" + corrected)).hasSize(1);
    }

    @Test
    void badInputNamesTheFieldAndCreatesNothing() throws Exception {
        int before = list("").size();
        String id = idNumber();
        assertProblem(call("POST", "/api/cases", "{\"themeId\": \"tm-restaurant\", \"applicant\": {\"idNumber\": \"" + id
                + "\", \"phone\": \"13912345678\"}}"), 400, "applicant.name");
        assertProblem(call("POST", "/api/cases", "{\"themeId\": \"tm-restaurant\", \"applicant\": {\"name\": \"赵六\", "
                + "\"idNumber\": \"429006199001011230\", \"phone\": \"13912345678\"}}"), 400, "applicant.idNumber");
        assertProblem(call("POST", "/api/cases", "{\"themeId\": \"tm-restaurant\", \"applicant\": {\"name\": \"赵六\", "
                + "\"idNumber\": \"" + id + "\", \"phone\": \"12345\"}}"), 400, "applicant.phone");
        assertProblem(call("POST", "/api/cases", "{\"precheckCode\": \"ZZZZ-ZZZZ\", \"applicant\": {\"name\": \"赵六\", "
                + "\"idNumber\": \"" + id + "\", \"phone\": \"13912345678\"}}"), 400, "precheckCode");
        assertProblem(call("POST", "/api/cases", "{\"themeId\": \"no-such-theme\", \"applicant\": {\"name\": \"赵六\", "
                + "\"idNumber\": \"" + id + "\", \"phone\": \"13912345678\"}}"), 400, "themeId");
        assertThat(list("")).hasSize(before);

        JsonNode c = openAtWindow();
        long caseId = c.path("id").asLong();
        assertProblem(call("PUT", "/api/cases/" + caseId + "/answers", "{\"version\": 0, \"answers\": {\"premises\": \"castle\"}}"),
                400, "answers.premises");
        assertProblem(call("PUT", "/api/cases/" + caseId + "/answers", "{\"answers\": {}}"), 400, "version");
        assertProblem(call("PUT", "/api/cases/" + caseId + "/materials", "{\"version\": 0, \"materials\": [{\"id\": \"no-such\"}]}"),
                400, "materials.no-such");
        assertProblem(call("POST", "/api/cases/" + caseId + "/verdict", "{\"version\": 0, \"verdict\": \"MAYBE\", \"reason\": \"x\"}"),
                400, "verdict");
        assertProblem(call("GET", "/api/cases/999999", null), 404, "id");
        // A newline in a name would forge a log line; a control character in a note would reach the printed notice.
        assertProblem(call("POST", "/api/cases", "{\"themeId\": \"tm-restaurant\", \"applicant\": {\"name\": \"赵六\\n"
                + "INFO 伪造的日志\", \"idNumber\": \"" + id + "\", \"phone\": \"13912345678\"}}"), 400, "applicant.name");
        assertProblem(call("PUT", "/api/cases/" + caseId + "/materials", "{\"version\": 0, \"materials\": [{\"id\": "
                + "\"joint-application-form\", \"defective\": true, \"note\": \"未签字\\u0007\"}]}"), 400, "materials.joint-application-form.note");
        assertThat(list("")).hasSize(before + 1);
        JsonNode after = get(caseId);
        assertThat(after.path("version").asLong()).isZero();
        assertThat(after.path("history").size()).isEqualTo(1);
    }

    @Test
    void correctionThenAcceptanceWithNoticeAndDispatchSheets() throws Exception {
        JsonNode c = answered();
        long id = c.path("id").asLong();
        long v = c.path("version").asLong();

        // A defective material needs a note the applicant can act on.
        assertProblem(receive(id, v, List.of("joint-application-form", "id-card"), "lease-contract", ""), 400,
                "materials.lease-contract.note");
        c = ok(receive(id, v, List.of("joint-application-form", "id-card"), "lease-contract", "租赁合同已过期"));
        v = c.path("version").asLong();
        JsonNode eval = c.path("evaluation");
        assertThat(eval.path("suggestedVerdict").asString()).isEqualTo("CORRECTION");
        assertThat(texts(eval.path("allowedVerdicts"))).containsExactly("CORRECTION");
        assertThat(eval.path("refusedVerdicts").path("ACCEPTED").asString()).contains("还缺 10 项");

        assertProblem(decide(id, v, "ACCEPTED", "材料齐全", null), 400, "verdict");
        assertProblem(decide(id, v, "CORRECTION", "  ", null), 400, "reason");
        c = ok(decide(id, v, "CORRECTION", "材料不齐，一次告知补正", null));
        v = c.path("version").asLong();
        assertThat(c.path("status").asString()).isEqualTo("CORRECTION");

        JsonNode notice = JSON.readTree(call("GET", "/api/cases/" + id + "/notice", null).body());
        assertThat(notice.path("caseNumber").asString()).isEqualTo(c.path("number").asString());
        List<String> items = new ArrayList<>();
        notice.path("items").forEach(i -> items.add(i.path("id").asString()));
        List<String> expected = new ArrayList<>(KEY);
        expected.addAll(WAIVABLE);
        expected.removeAll(List.of("joint-application-form", "id-card"));
        assertThat(items).as("everything missing or defective, at once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(notice.path("items").findValuesAsString("note")).contains("租赁合同已过期");
        LocalDate received = LocalDate.parse(notice.path("receivedOn").asString());
        assertThat(LocalDate.parse(notice.path("noticeDeadline").asString()))
                .isEqualTo(app.getBean(WorkingDays.class).plus(received, 5))
                .isAfter(received.plusDays(4));
        assertThat(notice.path("applicantIdMasked").asString()).contains("********").doesNotContain(c.path("applicant")
                .path("idNumber").asString());

        List<String> all = new ArrayList<>(KEY);
        all.addAll(WAIVABLE);
        c = ok(receive(id, v, all, null, null));
        v = c.path("version").asLong();
        assertThat(c.path("evaluation").path("suggestedVerdict").asString()).isEqualTo("ACCEPTED");
        c = ok(decide(id, v, "ACCEPTED", "材料齐全，符合受理条件", null));
        assertThat(c.path("status").asString()).isEqualTo("ACCEPTED");

        JsonNode dispatch = JSON.readTree(call("GET", "/api/cases/" + id + "/dispatch", null).body());
        // The 营业执照 comes from 个体工商户设立登记 (1 day): the licences that need it start after, 1 + 10.
        assertThat(dispatch.path("promisedWorkingDays").asInt()).as("the longest path, not the longest matter")
                .isEqualTo(11);
        JsonNode food = sheet(dispatch, "天门市市场监督管理局").path("matters");
        assertThat(food.findValuesAsString("name")).contains("个体工商户设立登记", "食品经营许可");
        for (JsonNode m : food) {
            if (m.path("name").asString().equals("食品经营许可")) {
                assertThat(m.path("waitsFor").toString()).contains("个体工商户设立登记");
                assertThat(m.path("startsAfter").asInt()).isEqualTo(1);
                assertThat(LocalDate.parse(m.path("dueDate").asString()))
                        .isEqualTo(LocalDate.parse(dispatch.path("dueDate").asString()));
            }
        }
        List<String> departments = dispatch.path("sheets").findValuesAsString("department");
        assertThat(departments).containsExactlyInAnyOrder("天门市市场监督管理局", "城管", "税务");
        JsonNode tax = sheet(dispatch, "税务");
        assertThat(tax.path("matters").findValuesAsString("name")).containsExactly("新办纳税人涉税事项（信息确认、发票申领）");
        assertThat(tax.path("materials").findValuesAsString("id")).contains("invoice-seal-impression")
                .doesNotContain("lease-contract", "food-facility-layout");
        assertThat(sheet(dispatch, "城管").path("materials").findValuesAsString("id")).contains("lease-contract");
        // One joint form is signed: one department keeps it, the others get copies; an ID card is never kept.
        assertThat(shares(dispatch, "joint-application-form")).containsExactly("天门市市场监督管理局 1/0", "城管 0/1",
                "税务 0/1");
        assertThat(shares(dispatch, "id-card")).allMatch(s -> s.contains(" 0/"));

        JsonNode history = get(id).path("history");
        assertThat(history.findValuesAsString("kind")).containsExactly("建档", "修改情形", "登记材料", "预审结论",
                "登记材料", "预审结论");
        assertThat(history.findValuesAsString("actor")).containsOnly("clerk");
        assertThat(history.findValuesAsString("rulesetVersion")).doesNotContain("");

        // Accepted: nothing more to decide or re-answer.
        v = get(id).path("version").asLong();
        assertThat(call("POST", "/api/cases/" + id + "/verdict",
                "{\"version\": " + v + ", \"verdict\": \"REJECTED\", \"reason\": \"x\"}").statusCode()).isEqualTo(409);
        assertThat(call("PUT", "/api/cases/" + id + "/answers", "{\"version\": " + v + ", \"answers\": {}}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void onlyNonKeyMaterialsMissingAllowsAcceptanceWithAPromisedDate() throws Exception {
        JsonNode c = answered();
        long id = c.path("id").asLong();
        c = ok(receive(id, c.path("version").asLong(), KEY, null, null));
        long v = c.path("version").asLong();
        assertThat(c.path("evaluation").path("suggestedVerdict").asString()).isEqualTo("ACCEPTED_WITH_WAIVER");
        assertThat(texts(c.path("evaluation").path("allowedVerdicts"))).containsExactlyInAnyOrder("ACCEPTED_WITH_WAIVER",
                "CORRECTION");
        assertProblem(decide(id, v, "ACCEPTED_WITH_WAIVER", "非关键材料容缺", null), 400, "promisedDate");
        assertProblem(decide(id, v, "ACCEPTED_WITH_WAIVER", "非关键材料容缺", LocalDate.now().minusDays(1)), 400,
                "promisedDate");
        LocalDate promised = LocalDate.now().plusDays(10);
        c = ok(decide(id, v, "ACCEPTED_WITH_WAIVER", "非关键材料容缺", promised));
        assertThat(c.path("promisedDate").asString()).isEqualTo(promised.toString());

        JsonNode dispatch = JSON.readTree(call("GET", "/api/cases/" + id + "/dispatch", null).body());
        assertThat(dispatch.path("waived").findValuesAsString("id")).containsExactlyInAnyOrderElementsOf(WAIVABLE);
        assertThat(sheet(dispatch, "城管").path("materials").toString()).contains("容缺后补");
        JsonNode notice = JSON.readTree(call("GET", "/api/cases/" + id + "/notice", null).body());
        assertThat(notice.path("verdict").asString()).isEqualTo("ACCEPTED_WITH_WAIVER");

        // The waived materials come in later; the history says so.
        List<String> all = new ArrayList<>(KEY);
        all.addAll(WAIVABLE);
        c = ok(receive(id, c.path("version").asLong(), all, null, null));
        assertThat(c.path("history").get(c.path("history").size() - 1).path("detail").asString()).contains("容缺材料已全部补齐");
    }

    @Test
    void aFailedConditionAllowsOnlyRefusal() throws Exception {
        JsonNode c = openAtWindow();
        long id = c.path("id").asLong();
        String answers = ANSWERS.replace("\"catering-residential-floor\": false", "\"catering-residential-floor\": true");
        c = ok(call("PUT", "/api/cases/" + id + "/answers", "{\"version\": 0, \"answers\": " + answers + "}"));
        assertThat(c.path("evaluation").path("eligible").asBoolean()).isFalse();
        assertThat(texts(c.path("evaluation").path("allowedVerdicts"))).containsExactly("REJECTED");
        assertProblem(decide(id, c.path("version").asLong(), "CORRECTION", "补正", null), 400, "verdict");
        c = ok(decide(id, c.path("version").asLong(), "REJECTED", "店铺位于居民住宅楼，不得新建餐饮服务项目", null));
        assertThat(c.path("status").asString()).isEqualTo("REJECTED");
        assertThat(c.path("history").get(c.path("history").size() - 1).path("detail").asString()).contains("居民住宅楼");
    }

    @Test
    void aRefusalShowsTheApplicantAFixedSentenceNotTheClerksFreeText() throws Exception {
        String code = app.getBean(SubmissionStore.class).store("tm-restaurant", "a.has-business-licence=false", "test")
                .code();
        String id = idNumber();
        JsonNode c = ok(call("POST", "/api/cases", """
                {"precheckCode": "%s", "applicant": {"name": "吴十", "idNumber": "%s", "phone": "13912345678"}}"""
                .formatted(code, id)));
        long caseId = c.path("id").asLong();
        String answers = ANSWERS.replace("\"catering-residential-floor\": false", "\"catering-residential-floor\": true");
        c = ok(call("PUT", "/api/cases/" + caseId + "/answers", "{\"version\": " + c.path("version").asLong()
                + ", \"answers\": " + answers + "}"));
        ok(decide(caseId, c.path("version").asLong(), "REJECTED", "申请人" + id + "的店铺位于居民住宅楼", null));
        // The progress page is anonymous: whoever has the code reads it, so a clerk's free text never shows there.
        String page = call("GET", "/precheck/" + code, null, null).body();
        assertThat(page).contains("不予受理", "具体理由请咨询受理窗口").doesNotContain("居民住宅楼").doesNotContain(id);
    }

    @Test
    void aClerkWithAStaleVersionGetsAConflictAndOverwritesNothing() throws Exception {
        JsonNode c = answered();
        long id = c.path("id").asLong();
        long seen = c.path("version").asLong();
        ok(receive(id, seen, List.of("id-card"), null, null));
        HttpResponse<String> stale = receive(id, seen, List.of("joint-application-form"), null, null);
        assertProblem(stale, 409, "version");
        assertThat(JSON.readTree(stale.body()).path("detail").asString()).as("who, by the name colleagues know").contains("张敏").contains("请刷新");
        assertThat(get(id).path("materials").propertyNames()).containsExactly("id-card");
    }

    @Test
    void simultaneousChangesFromTheSameVersionSaveExactlyOne() throws Exception {
        JsonNode c = answered();
        long id = c.path("id").asLong();
        long seen = c.path("version").asLong();
        CaseService service = app.getBean(CaseService.class);
        int clerks = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            String material = KEY.get(i);
            Callable<Boolean> change = () -> {
                start.await();
                try {
                    service.receive(id, seen, Map.of(material, new ReceivedMaterial(false, "")), "clerk" + material);
                    return true;
                } catch (CaseConflictException e) {
                    return false;
                }
            };
            results.add(pool.submit(change));
        }
        start.countDown();
        int saved = 0;
        for (Future<Boolean> f : results) {
            saved += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(1);
        JsonNode after = get(id);
        assertThat(after.path("version").asLong()).isEqualTo(seen + 1);
        assertThat(after.path("materials").size()).isEqualTo(1);
        assertThat(after.path("history").findValuesAsString("kind").stream().filter("登记材料"::equals)).hasSize(1);
    }

    @Test
    void theQueueFindsCasesByCodeNumberNameIdAndDateAndMasksIdNumbers() throws Exception {
        String name = "欧阳" + (char) ('甲' + seq);
        String id = idNumber();
        JsonNode c = ok(call("POST", "/api/cases", """
                {"themeId": "tm-restaurant", "applicant": {"name": "%s", "idNumber": "%s", "phone": "0728-5221234"}}"""
                .formatted(name, id)));
        String number = c.path("number").asString();
        assertThat(list("?q=" + enc(name.substring(1)))).extracting(n -> n.path("number").asString()).containsExactly(number);
        assertThat(list("?q=" + enc(number.toLowerCase()))).hasSize(1);
        assertThat(list("?q=" + id)).hasSize(1);
        assertThat(list("?q=" + enc(name) + "&date=" + c.path("receivedOn").asString())).hasSize(1);
        assertThat(list("?q=" + enc(name) + "&date=2001-01-01")).isEmpty();
        assertProblem(call("GET", "/api/cases?date=yesterday", null), 400, "date");
        String queue = call("GET", "/api/cases?q=" + enc(name), null).body();
        assertThat(queue).doesNotContain(id).contains(id.substring(0, 6) + "********" + id.substring(14));
    }

    // --- helpers

    String idNumber() {
        return IdNumbers.valid("19900101", ++seq);
    }

    JsonNode openAtWindow() throws Exception {
        return ok(call("POST", "/api/cases", """
                {"themeId": "tm-restaurant", "applicant": {"name": "张三", "idNumber": "%s", "phone": "13800001111"}}"""
                .formatted(idNumber())));
    }

    JsonNode answered() throws Exception {
        JsonNode c = openAtWindow();
        JsonNode answered = ok(call("PUT", "/api/cases/" + c.path("id").asLong() + "/answers",
                "{\"version\": " + c.path("version").asLong() + ", \"answers\": " + ANSWERS + "}"));
        assertThat(answered.path("evaluation").path("complete").asBoolean()).isTrue();
        return answered;
    }

    HttpResponse<String> receive(long id, long version, List<String> received, String defective, String note)
            throws Exception {
        StringBuilder list = new StringBuilder();
        for (String m : received) {
            list.append(list.isEmpty() ? "" : ", ").append("{\"id\": \"").append(m).append("\"}");
        }
        if (defective != null) {
            list.append(", {\"id\": \"").append(defective).append("\", \"defective\": true, \"note\": \"").append(note)
                    .append("\"}");
        }
        return call("PUT", "/api/cases/" + id + "/materials", "{\"version\": " + version + ", \"materials\": [" + list + "]}");
    }

    HttpResponse<String> decide(long id, long version, String verdict, String reason, LocalDate promised)
            throws Exception {
        return call("POST", "/api/cases/" + id + "/verdict", "{\"version\": " + version + ", \"verdict\": \"" + verdict
                + "\", \"reason\": \"" + reason + "\"" + (promised == null ? "" : ", \"promisedDate\": \"" + promised + "\"")
                + "}");
    }

    JsonNode get(long id) throws Exception {
        return ok(call("GET", "/api/cases/" + id, null));
    }

    List<JsonNode> list(String query) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        ok(call("GET", "/api/cases" + query, null)).forEach(found::add);
        return found;
    }

    /** "department originals/copies" for each sheet that lists the material. */
    static List<String> shares(JsonNode dispatch, String material) {
        List<String> shares = new ArrayList<>();
        for (JsonNode s : dispatch.path("sheets")) {
            for (JsonNode m : s.path("materials")) {
                if (m.path("id").asString().equals(material)) {
                    shares.add(s.path("department").asString() + " " + m.path("originals").asInt() + "/"
                            + m.path("copies").asInt());
                }
            }
        }
        return shares;
    }

    static JsonNode sheet(JsonNode dispatch, String department) {
        for (JsonNode s : dispatch.path("sheets")) {
            if (s.path("department").asString().equals(department)) {
                return s;
            }
        }
        throw new AssertionError("no sheet for " + department + " in " + dispatch);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode p = JSON.readTree(response.body());
        assertThat(p.path("field").asString()).isEqualTo(field);
        assertThat(p.path("detail").asString()).containsPattern("\\p{IsHan}");
    }

    HttpResponse<String> call(String method, String path, String json) throws Exception {
        return call(method, path, json, "clerk:clerk-demo");
    }

    HttpResponse<String> call(String method, String path, String json, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build());
    }
}
