package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What policy staff see when a rule file is wrong: the file, the line, a Chinese message; other themes load. */
class RulesetLoaderTest {

    @TempDir
    Path dir;

    private static final String MATTER = """
            package matters.m
            import cn.hubei.yishi.advisor.facts.*;
            rule "事项甲"
                @matter("m")
            when
            then
            end
            rule "材料甲"
                @material("doc")
            when
            then
            end
            rule "问题甲？"
                @question("q")
                @type("boolean")
            when
            then
            end
            """;

    private static String theme(String id, String logic) {
        return """
                package themes.%s
                import cn.hubei.yishi.advisor.facts.*;
                rule "主题 %s"
                    @theme("%s")
                    @jurisdiction("湖北省")
                    @lead("某局")
                    @cooperating("甲、乙等")
                when
                then
                end
                rule "事项甲"
                    @themeMatter("m")
                    @department("某局")
                when
                then
                end
                %s
                """.formatted(id.replace('-', '_'), id, id, logic);
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
        write("matters/m.drl", MATTER);
        write("themes/a/entry.drl", theme("a", """
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
        assertThat(r.theme("a").files()).containsExactly("themes/a/entry.drl", "matters/m.drl");
    }

    @Test
    void aSyntaxErrorNamesFileAndLineAndLeavesOtherThemesLoaded() throws IOException {
        write("matters/m.drl", MATTER);
        write("themes/good/entry.drl", theme("good", ""));
        write("themes/bad/entry.drl", theme("bad", ""));
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
        write("matters/m.drl", MATTER);
        write("themes/a/entry.drl", theme("a", """
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
        write("matters/m.drl", MATTER + """
                rule "问题乙？"
                    @question("q2")
                    @type("boolean")
                when
                then
                end
                """);
        write("themes/a/entry.drl", theme("a", """
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
        write("matters/m.drl", MATTER);
        write("themes/a/entry.drl", theme("a", ""));
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
    void aDefinitionWithConditionsIsAProblem() throws IOException {
        write("matters/m.drl", MATTER + """
                rule "有条件的材料"
                    @material("doc2")
                when
                    Answer(key == "q")
                then
                end
                """);
        Ruleset r = load();
        assertThat(r.problems()).extracting(RuleProblem::message).anyMatch(m -> m.contains("when 和 then 必须为空"));
    }

    @Test
    void duplicateIdsAndBadQuestionTypesAreProblems() throws IOException {
        write("matters/m.drl", MATTER);
        write("materials/x.drl", """
                package materials.x
                rule "又一个材料甲"
                    @material("doc")
                when
                then
                end
                rule "奇怪的问题"
                    @question("odd")
                    @type("colour")
                when
                then
                end
                """);
        Ruleset r = load();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.contains("材料编号 doc 重复定义，已在 materials/x.drl:2 定义"))
                .anyMatch(m -> m.contains("@type「colour」无效"));
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        Ruleset r = new RulesetLoader().load(dir.resolve("nope"));
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).hasSize(1);
    }
}
