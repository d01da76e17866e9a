package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What policy staff see when a rule or data file is wrong: the file, the line, a Chinese message; other themes
 * load. Definitions are YAML data; a definition written as a rule is refused.
 */
class RulesetLoaderTest {

    @TempDir
    Path dir;

    /** Matter m with its material doc and question q, as data. */
    private static final String MATTER = """
            id: m
            name: 事项甲
            materials:
              - id: doc
                name: 材料甲
            questions:
              - id: q
                text: 问题甲？
                type: boolean
            """;

    /** The matter's own rule: it requires its material whenever it applies. */
    private static final String MATTER_LOGIC = """
            package matters.m
            import cn.hubei.yishi.advisor.facts.*;
            rule "事项甲：材料"
            when
                Applies(matter == "m")
            then
                insert(Requires.copy("m", "doc"));
            end
            """;

    /** Theme {@code id}'s data file: listing matter m. */
    private static String theme(String id) {
        return """
                id: %s
                name: 主题 %s
                jurisdiction: 湖北省
                lead: 某局
                cooperating: 甲、乙等
                matters:
                  - {id: m, name: 事项甲, department: 某局}
                """.formatted(id, id);
    }

    /** Theme {@code folder}'s logic rules. */
    private static String logic(String folder, String rules) {
        return """
                package themes.%s.logic
                import cn.hubei.yishi.advisor.facts.*;
                %s
                """.formatted(folder.replace('-', '_'), rules);
    }

    private void writeMatter() throws IOException {
        write("matters/m.yaml", MATTER);
        write("matters/m.drl", MATTER_LOGIC);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Ruleset load() {
        return new RulesetLoader().load(dir);
    }

    @Test
    void readsDefinitionsAndSplitsCooperatingDepartments() throws IOException {
        writeMatter();
        write("themes/a/hubei.yaml", theme("a"));
        write("themes/a/logic.drl", logic("a", """
                rule "问"
                when
                then
                    insert(new Ask("q"));
                end
                rule "答是则适用"
                when
                    Answer(key == "q", yes == true)
                then
                    insert(new Applies("m", "答是"));
                end
                """));
        Ruleset r = load();
        assertThat(r.problems()).isEmpty();
        assertThat(r.theme("a").theme().cooperatingDepartments()).containsExactly("甲", "乙");
        assertThat(r.theme("a").theme().cooperatingText()).isEqualTo("甲、乙等");
        assertThat(r.theme("a").questions()).extracting(q -> q.key()).containsExactly("q");
        assertThat(r.theme("a").files()).containsExactly("themes/a/hubei.yaml", "themes/a/logic.drl", "matters/m.drl");
    }

    @Test
    void aSyntaxErrorNamesFileAndLineAndLeavesOtherThemesLoaded() throws IOException {
        writeMatter();
        write("themes/good/hubei.yaml", theme("good"));
        write("themes/bad/hubei.yaml", theme("bad"));
        write("themes/bad/logic.drl", """
                package themes.bad.logic
                import cn.hubei.yishi.advisor.facts.*;

                rule "坏规则"
                when
                    Answer(key == )
                then
                end
                """);
        Ruleset r = load();
        assertThat(r.themes()).containsOnlyKeys("good");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("themes/bad/logic.drl");
            assertThat(p.line()).isEqualTo(6);
        });
    }

    @Test
    void referencesToUndefinedThingsAreProblems() throws IOException {
        writeMatter();
        write("themes/a/hubei.yaml", theme("a"));
        write("themes/a/logic.drl", logic("a", """
                rule "问未定义的问题"
                when
                then
                    insert(new Ask("nobody-defined-this"));
                    insert(Requires.copy("m", "no-such-material"));
                end
                """));
        Ruleset r = load();
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).extracting(RuleProblem::message)
                .anyMatch(m -> m.contains("no-such-material"))
                .anyMatch(m -> m.contains("nobody-defined-this"));
    }

    @Test
    void aQuestionAskedButNeverUsedOrUsedButNeverAskedIsAProblem() throws IOException {
        write("matters/m.yaml", MATTER + """
                  - id: q2
                    text: 问题乙？
                    type: boolean
                """);
        write("matters/m.drl", MATTER_LOGIC);
        write("themes/a/hubei.yaml", theme("a"));
        write("themes/a/logic.drl", logic("a", """
                rule "只问不用"
                when
                then
                    insert(new Ask("q"));
                end
                rule "只用不问"
                when
                    Answer(key == "q2", yes == true)
                then
                    insert(new Applies("m", "乙"));
                end
                """));
        Ruleset r = load();
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).extracting(RuleProblem::message)
                .anyMatch(m -> m.contains("问了问题 q，但没有规则用到它的回答"))
                .anyMatch(m -> m.contains("用到问题 q2 的回答，但本主题从不问它"));
    }

    @Test
    void aFileOutsideTheVocabularyIsNeverCompiled() throws IOException {
        writeMatter();
        write("themes/a/hubei.yaml", theme("a"));
        write("themes/a/logic.drl", """
                package themes.a.logic
                import cn.hubei.yishi.advisor.facts.*;
                rule "退出"
                when
                then
                    System.exit(1);
                end
                """);
        Ruleset r = load();
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("themes/a/logic.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("System");
        });
    }

    @Test
    void aDefinitionWrittenAsARuleIsRefusedAtItsLineAndDefinesNothing() throws IOException {
        writeMatter();
        write("matters/m.drl", MATTER_LOGIC + """
                rule "材料乙"
                    @material("doc2")
                when
                then
                end
                rule "有条件的材料"
                    @material("doc3")
                when
                    Answer(key == "q")
                then
                end
                """);
        write("themes/a/hubei.yaml", theme("a"));
        Ruleset r = load();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("matters/m.drl");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("「材料乙」", "@material", "定义（主题、事项、材料、问题）写在 YAML 数据文件中，见 rules/README.md");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("matters/m.drl");
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).contains("「有条件的材料」", "YAML 数据文件");
        });
        assertThat(r.materials()).containsKey("doc").doesNotContainKeys("doc2", "doc3");
        // The matter's rule file is never compiled, so the theme that lists the matter does not load.
        assertThat(r.themes()).isEmpty();
    }

    @Test
    void aThemeWrittenAsARuleIsNoTheme() throws IOException {
        writeMatter();
        write("themes/a/entry.drl", """
                package themes.a.entry
                import cn.hubei.yishi.advisor.facts.*;
                rule "主题 a"
                    @theme("a")
                    @jurisdiction("湖北省")
                    @lead("某局")
                when
                then
                end
                rule "事项甲"
                    @themeMatter("m")
                    @department("某局")
                when
                then
                end
                """);
        Ruleset r = load();
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.startsWith("themes/a/entry.drl 第 4 行") && m.contains("@theme") && m.contains("YAML 数据文件"))
                .anyMatch(m -> m.startsWith("themes/a/entry.drl 第 11 行") && m.contains("@themeMatter"));
    }

    @Test
    void duplicateIdsAndBadQuestionTypesAreProblems() throws IOException {
        writeMatter();
        write("materials/x.yaml", """
                materials:
                  - id: doc
                    name: 又一个材料甲
                """);
        // A file with a schema error is not used at all: the bad question stands in a file of its own.
        write("questions/y.yaml", """
                questions:
                  - id: odd
                    text: 奇怪的问题
                    type: colour
                """);
        Ruleset r = load();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.startsWith("matters/m.yaml 第 4 行") && m.contains("材料编号 doc 重复定义，已在 materials/x.yaml 第 2 行定义"))
                .anyMatch(m -> m.startsWith("questions/y.yaml 第 4 行") && m.contains("类型只能是 boolean"));
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        Ruleset r = new RulesetLoader().load(dir.resolve("nope"));
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).hasSize(1);
    }
}
