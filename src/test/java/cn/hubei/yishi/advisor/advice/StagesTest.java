package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.rules.RuleProblem;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle's promised time is the longest path through its matters: a matter waits for the matters its theme
 * lists in {@code after}, and for the matter that issues a certificate it needs; a matter that does not apply
 * holds nobody up.
 */
class StagesTest {

    @TempDir
    static Path dir;
    static Ruleset ruleset;

    @BeforeAll
    static void rules() throws IOException {
        Files.createDirectories(dir.resolve("themes/t"));
        Files.createDirectories(dir.resolve("matters"));
        Files.writeString(dir.resolve("themes/t/hubei.yaml"), """
                id: t
                name: 测试主题
                jurisdiction: 湖北省
                lead: 甲局
                matters:
                  - {id: setup, name: 设立登记, department: 甲局}
                  - {id: licence, name: 许可, department: 乙局}
                  - {id: check, name: 验收, department: 乙局, after: [licence]}
                  - {id: other, name: 备案, department: 丙局}
                """);
        Files.writeString(dir.resolve("themes/t/logic.yaml"), """
                questions:
                  - {id: new, text: 是否新设？, type: boolean}
                """);
        Files.writeString(dir.resolve("themes/t/logic.drl"), """
                package themes.t
                import cn.hubei.yishi.advisor.facts.*;

                rule "先问是否新设"
                when
                then
                    insert(new Ask("new"));
                end
                rule "新设才登记"
                when
                    Answer(key == "new", yes == true)
                then
                    insert(new Applies("setup", "新设"));
                end
                rule "都要办"
                when
                    Answer(key == "new")
                then
                    insert(new Applies("licence", "测试"));
                    insert(new Applies("check", "测试"));
                    insert(new Applies("other", "测试"));
                end
                """);
        Files.writeString(dir.resolve("matters/setup.yaml"), """
                id: setup
                name: 设立登记
                timeLimit: 1
                produces: [cert]
                materials:
                  - {id: cert, name: 营业执照}
                """);
        Files.writeString(dir.resolve("matters/licence.yaml"), """
                id: licence
                name: 许可
                timeLimit: 10
                requires:
                  - {material: cert, copies: 1}
                """);
        Files.writeString(dir.resolve("matters/check.yaml"), """
                id: check
                name: 验收
                timeLimit: 5
                """);
        Files.writeString(dir.resolve("matters/other.yaml"), """
                id: other
                name: 备案
                timeLimit: 3
                """);
        ruleset = new RulesetLoader().load(dir);
        assertThat(ruleset.problems()).isEmpty();
    }

    private Advice evaluate(boolean isNew) {
        return new Evaluator(1000).evaluate(ruleset, ruleset.theme("t"),
                new EvaluationInput(Map.of("new", isNew), List.of()));
    }

    @Test
    void aLicenceWaitsForTheCertificateItNeedsAndACheckForItsLicence() {
        Advice advice = evaluate(true);
        assertThat(advice.promisedWorkingDays()).as("1 + 10 + 5, not the longest single 10").isEqualTo(16);
        assertThat(advice.stages()).extracting(s -> s.startsAfter() + "-" + s.endsBy() + " "
                + s.matters().stream().map(Advice.MatterRef::name).toList())
                .containsExactly("0-3 [设立登记, 备案]", "1-11 [许可]", "11-16 [验收]");
        Advice.MatterView licence = advice.matters().get(1);
        assertThat(licence.schedule().waitsFor()).containsExactly("设立登记");
        assertThat(licence.schedule().stage()).isEqualTo(2);
        assertThat(advice.sequential()).isTrue();
    }

    @Test
    void aMatterThatDoesNotApplyHoldsNobodyUp() {
        Advice advice = evaluate(false);
        assertThat(advice.promisedWorkingDays()).isEqualTo(15);
        assertThat(advice.matters().get(1).schedule().waitsFor()).isEmpty();
        assertThat(advice.matters().get(0).schedule()).as("not applicable: not scheduled").isNull();
    }

    @Test
    void anOrderThatLoopsOrNamesAnotherThemesMatterIsReportedAtItsLine() throws IOException {
        Path bad = Files.createTempDirectory("stages");
        Files.createDirectories(bad.resolve("themes/t"));
        Files.createDirectories(bad.resolve("matters"));
        Files.writeString(bad.resolve("themes/t/hubei.yaml"), """
                id: t
                name: 测试主题
                jurisdiction: 湖北省
                lead: 甲局
                matters:
                  - {id: a, name: 甲, department: 甲局, after: [b]}
                  - {id: b, name: 乙, department: 甲局, after: [a]}
                  - {id: c, name: 丙, department: 甲局, after: [nowhere]}
                """);
        for (String m : List.of("a", "b", "c")) {
            Files.writeString(bad.resolve("matters/" + m + ".yaml"), "id: " + m + "\nname: " + m + "\n");
        }
        List<RuleProblem> problems = new RulesetLoader().load(bad).problems();
        assertThat(problems).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("hubei.yaml 第 6 行").contains("又回到了自己"))
                .anySatisfy(p -> assertThat(p).contains("hubei.yaml 第 8 行").contains("nowhere 不是本主题的事项"));
    }
}
