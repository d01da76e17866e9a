package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule files written as an attacker would: every one is refused at its own line with a Chinese message, and a
 * harmless rule in the same file passes. The cases are data (src/test/resources/lint/*.txt): adding one is a line.
 */
class RuleLintEvasionTest {

    private static final String CONSEQUENCE = """
            package t.x
            import cn.hubei.yishi.advisor.facts.*;
            rule "攻击"
            when
                $a : Answer(key == "a", $s : text)
            then
                %s
            end
            rule "对照"
            when
                Answer(key == "b", yes == true)
            then
                insert(new Flag("control"));
            end
            """;

    private static final String CONDITION = """
            package t.x
            import cn.hubei.yishi.advisor.facts.*;
            rule "攻击"
            when
                %s
            then
                insert(new Flag("x"));
            end
            rule "对照"
            when
                Answer(key == "b", yes == true)
            then
                insert(new Flag("control"));
            end
            """;

    static Stream<String> consequences() throws IOException {
        return cases("consequence-evasions.txt");
    }

    static Stream<String> conditions() throws IOException {
        return cases("condition-evasions.txt");
    }

    private static Stream<String> cases(String name) throws IOException {
        try (InputStream in = RuleLintEvasionTest.class.getResourceAsStream("/lint/" + name)) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines.stream();
        }
    }

    /** Parse and lint problems of a file; a file with either is never compiled nor published. */
    private static List<RuleProblem> problems(String drl) {
        RuleFile.Parsed parsed = new RuleFile("x.drl", drl).parse();
        List<RuleProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(RuleLint.vocabulary(parsed));
        return problems;
    }

    private static void assertRefusedAt(String drl, int line) {
        List<RuleProblem> problems = problems(drl);
        assertThat(problems).as("refused:\n" + drl).isNotEmpty();
        assertThat(problems).as(drl).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("x.drl");
            assertThat(p.line()).as(p.toString()).isEqualTo(line);
            assertThat(p.message()).as(p.toString()).containsPattern("\\p{IsHan}");
        });
    }

    @ParameterizedTest
    @MethodSource("consequences")
    void consequenceIsRefusedAtItsLine(String attack) {
        assertRefusedAt(CONSEQUENCE.formatted(attack), 7);
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void conditionIsRefusedAtItsLine(String attack) {
        assertRefusedAt(CONDITION.formatted(attack), 5);
    }

    @Test
    void theHarmlessControlsPass() {
        assertThat(problems(CONSEQUENCE.formatted("insert(new Applies(\"m\", \"原因：\" + $s));"))).isEmpty();
        assertThat(problems(CONDITION.formatted("Answer(key == \"a\", text in (\"x\", \"y\"))"))).isEmpty();
    }

    @Test
    void atLeastThirtyEvasionsBeyondTheDenylistCases() throws IOException {
        assertThat(consequences().count() + conditions().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "(".repeat(20_000) + "true" + ")".repeat(20_000);
        List<RuleProblem> problems = problems(CONDITION.formatted("Answer(yes == " + deep + ")"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("括号嵌套过深");
        });
    }

    @Test
    void aHugeFileIsRefused() {
        String huge = CONSEQUENCE.formatted("insert(new Flag(\"x\"));") + "// " + "x".repeat(RuleFile.MAX_CHARS);
        assertThat(problems(huge)).singleElement().satisfies(p -> assertThat(p.message()).contains("文件过大"));
    }

    @Test
    void metadataValuesAreTextOnly() {
        String drl = """
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                    @notes("可以")
                    @x(java.lang.System.getProperty("user.home"))
                    enabled (java.lang.System.exit(0) == null)
                when
                then
                    insert(new Flag("x"));
                end
                """;
        List<RuleProblem> problems = problems(drl);
        assertThat(problems).extracting(RuleProblem::line).containsExactly(5, 6);
        assertThat(problems.get(0).message()).contains("@x", "双引号");
        assertThat(problems.get(1).message()).contains("enabled");
    }

    @Test
    void aRefusalNamesLineAndColumn() {
        List<RuleProblem> problems = problems(CONSEQUENCE.formatted("insert(new Flag(\"a\")); System.exit(0);"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(28);
            assertThat(p.where()).isEqualTo("x.drl 第 7 行第 28 列");
        });
    }
}
