package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.ReformFigures.Figure;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The arithmetic of 减材料、减时限、减跑动 on a known case: three matters asking 2, 2 and 1 materials with the 身份证
 * shared, 承诺时限 1, 10 and 5 working days.
 * <ul>
 *   <li>Theme {@code chain}: no joint form, the matters one after another: one set 4 (5 one by one), and the
 *       bundle still takes 1 + 10 + 5 = 16 days, so 减时限 is 0: bundling does not shorten a chain.</li>
 *   <li>Theme {@code joint}: a joint form standing in for both matters' own forms, the matters in parallel:
 *       one set 3, the bundle 10 days against 16.</li>
 * </ul>
 * The third matter applies only when the applicant rents: the applicant's figures follow the answers, the
 * theme's fullest figures count it whatever the answers.
 */
class ReformFiguresTest {

    @TempDir
    static Path dir;
    static Ruleset ruleset;

    @BeforeAll
    static void rules() throws IOException {
        Files.createDirectories(dir.resolve("matters"));
        Files.createDirectories(dir.resolve("materials"));
        Files.createDirectories(dir.resolve("questions"));
        Files.writeString(dir.resolve("questions/common.yaml"), """
                questions:
                  - {id: rents, text: 是否租赁场地？, type: boolean}
                """);
        Files.writeString(dir.resolve("materials/common.yaml"), """
                materials:
                  - {id: id-card, name: 居民身份证, category: 身份证明}
                  - {id: lease, name: 房屋租赁合同, category: 场所证明}
                  - {id: joint-application-form, name: 联办申请表, category: 申请表}
                """);
        Files.writeString(dir.resolve("matters/a.yaml"), """
                id: a
                name: 甲登记
                timeLimit: 1
                requires:
                  - {material: form-a}
                  - {material: id-card}
                materials:
                  - {id: form-a, name: 甲登记申请表, category: 申请表, applicationForm: true}
                """);
        Files.writeString(dir.resolve("matters/b.yaml"), """
                id: b
                name: 乙许可
                timeLimit: 10
                requires:
                  - {material: form-b}
                  - {material: id-card, copies: 1}
                materials:
                  - {id: form-b, name: 乙许可申请书, category: 申请表, applicationForm: true}
                """);
        Files.writeString(dir.resolve("matters/c.yaml"), """
                id: c
                name: 丙备案
                timeLimit: 5
                requires:
                  - {material: lease, copies: 1}
                """);
        theme("chain", "", """
                  - {id: a, name: 甲登记, department: 甲局}
                  - {id: b, name: 乙许可, department: 乙局, after: [a]}
                  - {id: c, name: 丙备案, department: 丙局, after: [b]}
                """);
        theme("joint", "jointForm: 联办申请表\n", """
                  - {id: a, name: 甲登记, department: 甲局}
                  - {id: b, name: 乙许可, department: 乙局}
                  - {id: c, name: 丙备案, department: 丙局}
                """);
        ruleset = new RulesetLoader().load(dir);
        assertThat(ruleset.problems()).isEmpty();
    }

    private static void theme(String id, String extra, String matters) throws IOException {
        Path t = Files.createDirectories(dir.resolve("themes/" + id));
        Files.writeString(t.resolve("hubei.yaml"), "id: " + id + "\nname: 测试主题" + id + "\njurisdiction: 湖北省\nlead: 甲局\n"
                + extra + "matters:\n" + matters);
        Files.writeString(t.resolve("logic.drl"), """
                package themes.%s
                import cn.hubei.yishi.advisor.facts.*;

                rule "先问是否租赁"
                when
                then
                    insert(new Ask("rents"));
                end
                rule "甲乙都要办"
                when
                    Answer(key == "rents")
                then
                    insert(new Applies("a", "测试"));
                    insert(new Applies("b", "测试"));
                end
                rule "租赁才备案"
                when
                    Answer(key == "rents", yes == true)
                then
                    insert(new Applies("c", "租赁场地"));
                end
                """.formatted(id));
    }

    private static ReformFigures applicant(String theme, boolean rents) {
        Advice advice = new Evaluator(1000).evaluate(ruleset, ruleset.theme(theme),
                new EvaluationInput(Map.of("rents", rents), List.of()));
        return ReformFigures.of(advice, ReformFigures.APPLICANT);
    }

    private static ReformFigures fullest(String theme) {
        return ReformFigures.of(new Evaluator(1000).fullest(ruleset, ruleset.theme(theme)), ReformFigures.FULLEST);
    }

    @Test
    void aSharedMaterialIsAskedOnceButAChainTakesAsLongAsOneByOne() {
        ReformFigures f = applicant("chain", true);
        assertThat(f.matters()).isEqualTo(3);
        assertThat(f.materials()).as("2 + 2 + 1 against 甲登记申请表, 乙许可申请书, 身份证, 租赁合同")
                .isEqualTo(new Figure(5, 4, 1, 20));
        assertThat(f.workingDays()).as("1 + 10 + 5 one after another: the bundle's longest path is the same 16")
                .isEqualTo(new Figure(16, 16, 0, 0));
        assertThat(f.visits()).isEqualTo(new Figure(3, 1, 2, 67));
        assertThat(f.materials().text(" 份")).isEqualTo("由 5 份 减至 4 份，减少 1 份（20%）");
        assertThat(f.workingDays().text(" 个工作日")).isEqualTo("由 16 个工作日 减至 16 个工作日，未减少");
    }

    @Test
    void aJointFormReplacesTheMattersFormsAndParallelMattersTakeTheLongest() {
        ReformFigures f = applicant("joint", true);
        assertThat(f.materials()).as("联办申请表, 身份证, 租赁合同").isEqualTo(new Figure(5, 3, 2, 40));
        assertThat(f.workingDays()).isEqualTo(new Figure(16, 10, 6, 38));
        assertThat(f.visits()).isEqualTo(new Figure(3, 1, 2, 67));
    }

    @Test
    void theApplicantsFiguresCountOnlyTheMattersTheirAnswersMakeApplicable() {
        ReformFigures f = applicant("joint", false);
        assertThat(f.matters()).isEqualTo(2);
        assertThat(f.materials()).as("2 + 2 against 联办申请表, 身份证").isEqualTo(new Figure(4, 2, 2, 50));
        assertThat(f.workingDays()).isEqualTo(new Figure(11, 10, 1, 9));
        assertThat(f.visits()).isEqualTo(new Figure(2, 1, 1, 50));
        assertThat(f.basis()).isEqualTo("按您的回答计");
    }

    @Test
    void theThemesFullestSituationCountsEveryMatterWithoutAnyAnswer() {
        assertThat(fullest("joint")).isEqualTo(new ReformFigures("按主题全部事项、各事项必交材料计", 3,
                new Figure(5, 3, 2, 40), new Figure(16, 10, 6, 38), new Figure(3, 1, 2, 67)));
        assertThat(fullest("chain").workingDays()).isEqualTo(new Figure(16, 16, 0, 0));
    }

    @Test
    void noApplicableMatterNothingToCompare() {
        Advice none = new Evaluator(1000).evaluate(ruleset, ruleset.theme("joint"), EvaluationInput.empty());
        ReformFigures f = ReformFigures.of(none, ReformFigures.APPLICANT);
        assertThat(f.any()).isFalse();
        assertThat(f.visits()).isEqualTo(new Figure(0, 0, 0, null));
    }
}
