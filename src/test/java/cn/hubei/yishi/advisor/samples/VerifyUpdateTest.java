package cn.hubei.yishi.advisor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deliberate rules change takes one command: {@code verify --update} rewrites the failing exact expectations,
 * prints what it changed, leaves names, answers, comments and partial expectations alone, and the sample then passes.
 */
class VerifyUpdateTest {

    @TempDir
    Path samples;

    /** The 儿童游乐园 theme of the frozen fixture alone: loading more five times would make this test slow. */
    static Path rules;

    @org.junit.jupiter.api.BeforeAll
    static void copyRules() throws IOException {
        rules = Files.createTempDirectory("verify-update").resolve("rules");
        Path bundled = cn.hubei.yishi.advisor.testing.Fixtures.RULES;
        for (String dir : java.util.List.of("common", "materials", "questions", "themes/children-playground")) {
            cn.hubei.yishi.advisor.testing.TestFiles.copyTree(bundled.resolve(dir), rules.resolve(dir));
        }
        Files.createDirectories(rules.resolve("matters"));
        for (String matter : java.util.List.of("company-setup", "food-business-licence", "outdoor-advertising",
                "special-equipment-use-registration")) {
            for (String file : java.util.List.of(matter + ".yaml", matter + ".drl")) {
                Files.copy(bundled.resolve("matters/" + file), rules.resolve("matters/" + file));
            }
        }
    }

    private static final String SAMPLE = """
            name: 已有营业执照、现场售卖饮品
            # 政策人员的说明：这一行注释要保留
            answers: {has-business-licence: true, playground-sells-food: prepared, premises: owned,
                      playground-outdoor-sign: false, playground-large-rides: false, by-agent: false,
                      food-conditions-ready: true}
            expect:
              complete: true
              applies: [food-business-licence, company-setup]
              materials:
                - joint-application-form
                - not-a-material
              materialsInclude: [food-facility-layout]
              quantities: {joint-application-form: 原件1份}
            """;

    private String verify(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VerifyCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void updateRewritesOnlyTheFailingExactExpectations() throws IOException {
        Path file = samples.resolve("tm-children-playground/01.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SAMPLE);

        String first = verify(rules.toString(), samples.toString(), "tm-children-playground");
        assertThat(first).contains("样例失败 tm-children-playground/01.yaml", "applies", "materials").endsWith("1 failed\n");
        assertThat(Files.readString(file)).isEqualTo(SAMPLE);

        String updated = verify("--update", rules.toString(), samples.toString(), "tm-children-playground");
        assertThat(updated).contains("已更新样例 tm-children-playground/01.yaml", "-  applies: [food-business-licence, company-setup]",
                "+  applies: [food-business-licence]", "-    - not-a-material", "+  materials:",
                "+    - joint-application-form").contains("0 failed");
        String text = Files.readString(file);
        // A list compared as a set keeps its written order and style: ids still expected first, new ones after.
        assertThat(text).contains("  materials:\n    - joint-application-form\n    - ");
        assertThat(text).contains("# 政策人员的说明：这一行注释要保留", "materialsInclude: [food-facility-layout]",
                "quantities: {joint-application-form: 原件1份}", "  complete: true", "applies: [food-business-licence]\n")
                .doesNotContain("not-a-material");
        assertThat(verify(rules.toString(), samples.toString(), "tm-children-playground")).contains("0 failed");
    }

    @Test
    void partialExpectationsAndQuantitiesAreChecked() throws IOException {
        Path file = samples.resolve("tm-children-playground/01.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                name: 部分期望
                answers: {has-business-licence: true, playground-sells-food: prepared}
                expect:
                  appliesInclude: [food-business-licence]
                  appliesExclude: [company-setup]
                  materialsExclude: [joint-application-form]
                  quantities: {joint-application-form: 复印件9份}
                  departments: {food-business-licence: 市城管局, company-setup: 市市场监督管理局}
                """);
        String out = verify(rules.toString(), samples.toString(), "tm-children-playground");
        assertThat(out).contains("materialsExclude（一套材料中不应有）：却有 [joint-application-form]",
                "quantities.joint-application-form（份数）：期望 复印件9份，实际 原件1份",
                "departments.food-business-licence（承办部门）：期望 市城管局，实际 市市场监督管理局")
                .doesNotContain("departments.company-setup")
                .doesNotContain("appliesInclude").doesNotContain("appliesExclude");
        // --update never touches partial expectations: they say what the officer means.
        verify("--update", rules.toString(), samples.toString(), "tm-children-playground");
        assertThat(Files.readString(file)).contains("quantities: {joint-application-form: 复印件9份}");
    }
    @Test
    void updateRewritesPendingInTheOrderTheRulesAskAndKeepsItsStyle() throws IOException {
        Path file = samples.resolve("tm-children-playground/01.yaml");
        Files.createDirectories(file.getParent());
        // The questions the rules ask first, written in the wrong order, one a line.
        Files.writeString(file, """
                name: 尚未回答任何问题
                answers: {}
                expect:
                  complete: false
                  pending:
                    - by-agent
                    - has-business-licence
                    - premises
                    - playground-sells-food
                    - playground-outdoor-sign
                    - playground-large-rides
                """);
        assertThat(verify(rules.toString(), samples.toString(), "tm-children-playground"))
                .contains("pending（待回答问题，按顺序）").endsWith("1 failed\n");
        verify("--update", rules.toString(), samples.toString(), "tm-children-playground");
        assertThat(Files.readString(file)).contains("""
                  pending:
                    - has-business-licence
                    - premises
                    - playground-sells-food
                    - playground-outdoor-sign
                    - playground-large-rides
                    - by-agent
                """);
        assertThat(verify(rules.toString(), samples.toString(), "tm-children-playground")).contains("0 failed");
    }
}
