package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import cn.hubei.yishi.advisor.testing.Fixtures;
import cn.hubei.yishi.advisor.testing.HttpTestClient;
import cn.hubei.yishi.advisor.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Policy staff editing a running service: the server watches a copy of the 儿童游乐园 rules of the frozen fixture; an added
 * material shows in the next evaluation; a syntax error is not published and the status names the file
 * and line while the previous rules keep answering; a change that breaks a sample is not published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesReloadTest {

    static Path rules;
    static Path samples;

    @LocalServerPort
    int port;

    @BeforeAll
    static void copyRules() throws IOException {
        Path root = Files.createTempDirectory("reload-test");
        rules = root.resolve("rules");
        samples = root.resolve("samples");
        Path bundled = Fixtures.RULES;
        for (String dir : List.of("common", "materials", "questions", "themes/children-playground")) {
            TestFiles.copyTree(bundled.resolve(dir), rules.resolve(dir));
        }
        for (String matter : List.of("company-setup", "food-business-licence", "outdoor-advertising",
                "special-equipment-use-registration")) {
            Files.createDirectories(rules.resolve("matters"));
            for (String file : List.of(matter + ".yaml", matter + ".drl")) {
                Files.copy(bundled.resolve("matters/" + file), rules.resolve("matters/" + file));
            }
        }
        Files.createDirectories(samples.resolve("tm-children-playground"));
        Files.writeString(samples.resolve("tm-children-playground/01.yaml"), """
                name: 现场售卖饮品则需要食品经营许可
                answers: {has-business-licence: true, playground-sells-food: prepared}
                expect:
                  applies: [food-business-licence]
                """);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("advisor.rules-dir", () -> rules.toString());
        registry.add("advisor.samples-dir", () -> samples.toString());
        registry.add("advisor.watch-quiet-millis", () -> "200");
        registry.add("advisor.users[0].name", () -> "policy");
        registry.add("advisor.users[0].password", () -> "{noop}" + POLICY_PASSWORD);
        registry.add("advisor.users[0].roles", () -> "POLICY");
    }

    private static final String POLICY_PASSWORD = "reload-test-secret";
    private static final Path FOOD = Path.of("matters/food-business-licence.drl");
    private static final Path FOOD_DATA = Path.of("matters/food-business-licence.yaml");
    private static final String EVALUATE = "/api/themes/tm-children-playground/evaluate";
    private static final String FOOD_ANSWERS = """
            {"answers": {"has-business-licence": true, "playground-sells-food": "prepared"}}""";

    @Test
    @Order(1)
    void anAddedMaterialShowsInTheNextEvaluationWithoutARestart() throws Exception {
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).doesNotContain("food-safety-manager-certificate");
        // One data line: the material defined where the matter requires it.
        String yaml = Files.readString(rules.resolve(FOOD_DATA)).replace("materials:\n", """
                requires:
                  - {material: food-safety-manager-certificate, name: 食品安全管理人员培训考核合格证明, category: 专业材料, copies: 1}
                materials:
                """);
        Files.writeString(rules.resolve(FOOD_DATA), yaml);
        awaitStatus(s -> s.contains("\"trigger\":\"文件变更\"") && s.contains("\"published\":true"));
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).contains("食品安全管理人员培训考核合格证明");
    }

    @Test
    @Order(2)
    void aSyntaxErrorIsNotPublishedAndTheStatusNamesFileAndLine() throws Exception {
        String before = status().body();
        String version = before.substring(before.indexOf("\"version\":\"") + 11).substring(0, 12);
        String drl = Files.readString(rules.resolve(FOOD));
        Files.writeString(rules.resolve(FOOD), drl.replace("Applies(matter == \"food-business-licence\")\nthen",
                "Applies(matter == \"food-business-licence\"\nthen"));
        String status = awaitStatus(s -> s.contains("\"published\":false"));
        assertThat(status).contains("\"file\":\"matters/food-business-licence.drl\"").containsPattern("\"line\":[1-9]");
        assertThat(status).startsWith("{\"version\":\"" + version);
        HttpResponse<String> stillServing = post(EVALUATE, FOOD_ANSWERS);
        assertThat(stillServing.statusCode()).isEqualTo(200);
        assertThat(stillServing.body()).contains("食品安全管理人员培训考核合格证明");
        Files.writeString(rules.resolve(FOOD), drl);
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
    }

    @Test
    @Order(3)
    void aChangeThatBreaksASampleIsNotPublished() throws Exception {
        Path logic = rules.resolve("themes/children-playground/logic.drl");
        String drl = Files.readString(logic);
        Files.writeString(logic, drl.replace("Answer(key == \"playground-sells-food\", text == \"prepared\")",
                "Answer(key == \"playground-sells-food\", text == \"never\")"));
        String status = awaitStatus(s -> s.contains("\"published\":false"));
        assertThat(status).contains("tm-children-playground/01.yaml").contains("food-business-licence");
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).contains("\"id\":\"food-business-licence\"");
        // Staff correct the sample instead: the change is published once the samples agree with it.
        Path sample = samples.resolve("tm-children-playground/01.yaml");
        String expectation = Files.readString(sample);
        Files.writeString(sample, expectation.replace("applies: [food-business-licence]", "applies: []"));
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).doesNotContain("\"applies\":true");
        Files.writeString(sample, expectation);
        Files.writeString(logic, drl);
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
    }

    @Test
    @Order(4)
    void aMistakeInADataFileIsNotPublishedAndTheStatusNamesLineAndColumn() throws Exception {
        // The previous test's last change may still be on its way to publication.
        for (int i = 0; i < 150 && !post(EVALUATE, FOOD_ANSWERS).body().contains("食品安全管理人员培训考核合格证明"); i++) {
            Thread.sleep(100);
        }
        String yaml = Files.readString(rules.resolve(FOOD_DATA));
        int line = yaml.substring(0, yaml.indexOf("    category: 专业材料")).split("\n", -1).length;
        Files.writeString(rules.resolve(FOOD_DATA), yaml.replaceFirst("    category: 专业材料", "    catgory: 专业材料"));
        String status = awaitStatus(s -> s.contains("\"published\":false"));
        assertThat(status).contains("\"file\":\"matters/food-business-licence.yaml\",\"line\":" + line + ",\"column\":5")
                .contains("没有「catgory」这一项");
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).contains("食品安全管理人员培训考核合格证明");
        // A sound data change is published like a rule change.
        Files.writeString(rules.resolve(FOOD_DATA), yaml.replace("name: 食品安全管理人员培训考核合格证明",
                "name: 食品安全管理人员考核合格证明"));
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).contains("食品安全管理人员考核合格证明");
        Files.writeString(rules.resolve(FOOD_DATA), yaml);
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
    }

    @Test
    @Order(5)
    void reloadingByHandNeedsThePolicyRole() throws Exception {
        assertThat(post("/api/rules/reload", "").statusCode()).isEqualTo(401);
        HttpTestClient client = new HttpTestClient(port);
        HttpRequest asPolicy = HttpRequest.newBuilder(client.uri("/api/rules/reload"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("policy:" + POLICY_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = client.send(asPolicy);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"published\":true").contains("\"samplesRun\":1");
    }

    @Test
    @Order(5)
    void aRuleThatReachesOutsideTheVocabularyIsNeverPublished() throws Exception {
        String drl = Files.readString(rules.resolve(FOOD));
        Files.writeString(rules.resolve(FOOD), drl + """

                rule "读取文件"
                when
                    Applies(matter == "food-business-licence")
                then
                    insert(new NotApplicable("food-business-licence", "" + java.time.DayOfWeek.MONDAY.getDeclaringClass()
                        .getResource("/application-demo.properties")));
                end
                """);
        String status = awaitStatus(s -> s.contains("\"published\":false"));
        assertThat(status).contains("\"file\":\"matters/food-business-licence.drl\"").contains("参数只能是文字");
        assertThat(post(EVALUATE, FOOD_ANSWERS).body()).doesNotContain("application-demo").doesNotContain("file:");
        Files.writeString(rules.resolve(FOOD), drl);
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
    }

    @Test
    @Order(6)
    void aDeeplyNestedFileIsRefusedAndTheWatcherGoesOn() throws Exception {
        Path nested = rules.resolve("themes/children-playground/nested.drl");
        Files.writeString(nested, """
                package themes.children_playground.nested
                import cn.hubei.yishi.advisor.facts.*;
                rule "嵌套"
                when
                    Answer(key == "has-business-licence", yes == %s)
                then
                end
                """.formatted("(".repeat(20_000) + "true" + ")".repeat(20_000)));
        String status = awaitStatus(s -> s.contains("\"published\":false") && s.contains("括号嵌套过深"));
        assertThat(status).contains("\"file\":\"themes/children-playground/nested.drl\"", "\"line\":5");
        Files.delete(nested);
        // The watcher is still there: removing the file is picked up and published.
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
        assertThat(post(EVALUATE, FOOD_ANSWERS).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void aNewCitysVersionIsServedWithoutARestartOrAJavaChange() throws Exception {
        assertThat(new HttpTestClient(port).get("/api/themes?q=仙桃").body()).isEqualTo("[]");
        Files.writeString(rules.resolve("jurisdictions.yaml"), """
                jurisdictions:
                  - {name: 湖北省, id: hubei}
                  - {name: 天门市, id: tianmen, aliases: [天门]}
                  - {name: 洪湖市, id: honghu, aliases: [洪湖]}
                  - {name: 仙桃市, id: xiantao, aliases: [仙桃]}
                """);
        String version = """
                # yaml-language-server: $schema=../../schema/version.schema.json
                implements: hb-children-playground
                id: xt-children-playground
                jurisdiction: 仙桃市
                lead: 市市场监管局
                cooperating: 市城管局
                source: 仙桃市清单（示例）
                department: 市市场监督管理局
                departments:
                  outdoor-advertising: 市城管局
                """;
        assertThat(version.lines().count()).isLessThanOrEqualTo(15);
        Files.writeString(rules.resolve("themes/children-playground/xiantao.yaml"), version);
        String found = "";
        for (int i = 0; i < 150 && !found.contains("xt-children-playground"); i++) {
            Thread.sleep(100);
            found = new HttpTestClient(port).get("/api/themes?q=仙桃").body();
        }
        assertThat(found).as(status().body()).contains("\"id\":\"xt-children-playground\"", "仙桃市");
        String evaluated = post("/api/themes/xt-children-playground/evaluate", FOOD_ANSWERS).body();
        assertThat(evaluated).contains("food-business-licence", "市市场监督管理局");
        Files.delete(rules.resolve("themes/children-playground/xiantao.yaml"));
        awaitStatus(s -> s.contains("\"published\":true") && s.contains("\"trigger\":\"文件变更\""));
    }

    private String awaitStatus(Predicate<String> lastReload) throws Exception {
        String status = "";
        for (int i = 0; i < 150; i++) {
            status = status().body();
            String report = status.substring(status.indexOf("\"lastReload\""));
            if (lastReload.test(report)) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rules were not reloaded as expected within 15 s: " + status);
    }

    /** The status is for policy staff only. */
    private HttpResponse<String> status() throws Exception {
        HttpTestClient client = new HttpTestClient(port);
        return client.send(HttpRequest.newBuilder(client.uri("/api/rules/status"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("policy:" + POLICY_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return new HttpTestClient(port).post(path, json);
    }
}
