package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation semantics that do not depend on any one theme's policy. */
class EvaluatorTest {

    @TempDir
    static Path dir;
    static Ruleset ruleset;
    final Evaluator evaluator = new Evaluator(1000);

    @BeforeAll
    static void rules() throws IOException {
        Files.createDirectories(dir.resolve("themes/t"));
        Files.createDirectories(dir.resolve("matters"));
        Files.writeString(dir.resolve("themes/t/hubei.yaml"), """
                id: t
                name: 测试主题
                jurisdiction: 湖北省
                lead: 测试局
                matters:
                  - {id: m, name: 甲事项, department: 测试局}
                """);
        Files.writeString(dir.resolve("matters/m.yaml"), """
                id: m
                name: 甲事项
                timeLimit: 3
                materials:
                  - {id: lease, name: 租赁合同}
                """);
        Files.writeString(dir.resolve("themes/t/logic.yaml"), """
                questions:
                  - {id: rents, text: 是否租赁？, type: boolean}
                  - {id: years, text: 租期几年？, type: number}
                """);
        Files.writeString(dir.resolve("themes/t/logic.drl"), """
                package themes.t
                import cn.hubei.yishi.advisor.facts.*;

                rule "先问是否租赁"
                when
                then
                    insert(new Ask("rents"));
                end
                rule "租赁才问租期"
                when
                    Answer(key == "rents", yes == true)
                then
                    insert(new Ask("years"));
                end
                // Written before the rule it depends on: with insertLogical the order does not matter.
                rule "不租赁时甲事项适用"
                when
                    Answer(key == "rents")
                    not Flag(name == "renting")
                then
                    insertLogical(new Applies("m", "不租赁"));
                end
                rule "租赁分类"
                when
                    Answer(key == "rents", yes == true)
                then
                    insert(new Flag("renting"));
                end
                rule "租期按年要合同"
                when
                    Answer(key == "years", $n : number)
                then
                    insert(new Applies("m", "租赁"));
                    insert(Requires.copy("m", "lease", $n));
                end
                """);
        ruleset = new RulesetLoader().load(dir);
        assertThat(ruleset.problems()).isEmpty();
    }

    private Advice evaluate(Map<String, Object> answers) {
        return evaluator.evaluate(ruleset, ruleset.theme("t"), new EvaluationInput(answers, List.of()));
    }

    @Test
    void aQuestionAppearsOnlyAfterTheAnswerThatAsksIt() {
        assertThat(evaluate(Map.of()).pendingQuestions()).extracting(Advice.QuestionView::key).containsExactly("rents");
        assertThat(evaluate(Map.of("rents", true)).pendingQuestions()).extracting(Advice.QuestionView::key)
                .containsExactly("years");
        assertThat(evaluate(Map.of("rents", false)).complete()).isTrue();
    }

    @Test
    void anAnswerToAQuestionNoLongerAskedIsIgnored() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("rents", false);
        answers.put("years", 3.0); // left over from when the applicant said they rent
        Advice advice = evaluate(answers);
        assertThat(advice.ignoredAnswers()).containsExactly("years");
        assertThat(advice.materials()).isEmpty();
        assertThat(advice.matters().get(0).reasons()).containsExactly("不租赁");
    }

    @Test
    void aLogicalConclusionIsWithdrawnWhenItsNotStopsHolding() {
        Advice advice = evaluate(Map.of("rents", true, "years", 2.0));
        assertThat(advice.matters().get(0).reasons()).containsExactly("租赁");
        assertThat(advice.materials()).singleElement().satisfies(m -> assertThat(m.copies()).isEqualTo(2));
        assertThat(advice.promisedWorkingDays()).isEqualTo(3);
    }
}
