package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an answer reveals is asked next to it: a question asked because of an answer comes directly after the
 * question answered, whether the asking rule reads the answer itself or a Flag or an Applies derived from it.
 */
class QuestionOrderTest {

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
                """);
        Files.writeString(dir.resolve("themes/t/logic.yaml"), """
                questions:
                  - {id: rents, text: 是否租赁？, type: boolean}
                  - {id: sells, text: 是否销售？, type: boolean}
                  - {id: agent, text: 是否委托？, type: boolean}
                  - {id: years, text: 租期几年？, type: number}
                  - {id: goods, text: 卖什么？, type: text}
                  - {id: landlord, text: 出租人是谁？, type: text}
                  - {id: both, text: 租赁且销售？, type: boolean}
                """);
        // Written in the order a theme often is: first-level questions, then what each answer asks.
        Files.writeString(dir.resolve("themes/t/logic.drl"), """
                package themes.t
                import cn.hubei.yishi.advisor.facts.*;

                rule "基本问题"
                when
                then
                    insert(new Ask("rents"));
                    insert(new Ask("sells"));
                    insert(new Ask("agent"));
                end
                rule "租赁分类"
                when
                    Answer(key == "rents", yes == true)
                then
                    insert(new Flag("renting"));
                end
                rule "租赁才问租期"
                when
                    Flag(name == "renting")
                then
                    insert(new Ask("years"));
                end
                rule "销售时甲事项适用"
                when
                    Answer(key == "sells", yes == true)
                then
                    insert(new Applies("m", "销售"));
                end
                rule "甲事项问卖什么"
                when
                    Applies(matter == "m")
                then
                    insert(new Ask("goods"));
                end
                rule "租期长的问出租人"
                when
                    Answer(key == "years", number > 1)
                then
                    insert(new Ask("landlord"));
                end
                rule "租赁又销售"
                when
                    Answer(key == "rents", yes == true)
                    Answer(key == "sells", yes == true)
                then
                    insert(new Ask("both"));
                end
                rule "用到回答"
                when
                    Answer(key in ("agent", "goods", "landlord", "both"))
                then
                end
                """);
        ruleset = new RulesetLoader().load(dir);
        assertThat(ruleset.problems()).isEmpty();
    }

    private Advice evaluate(Map<String, Object> answers) {
        return evaluator.evaluate(ruleset, ruleset.theme("t"), new EvaluationInput(answers, List.of()));
    }

    @Test
    void withoutAnswersTheThemesOrder() {
        assertThat(evaluate(Map.of()).askedQuestions()).containsExactly("rents", "sells", "agent");
    }

    @Test
    void aQuestionRevealedThroughAFlagComesAfterTheAnswerBehindTheFlag() {
        Advice advice = evaluate(Map.of("rents", true));
        assertThat(advice.askedQuestions()).containsExactly("rents", "years", "sells", "agent");
        assertThat(advice.pendingQuestions()).filteredOn(q -> q.key().equals("years")).singleElement()
                .satisfies(q -> assertThat(q.dependsOn()).isEqualTo("rents"));
        assertThat(advice.pendingQuestions()).filteredOn(q -> q.key().equals("sells")).singleElement()
                .satisfies(q -> assertThat(q.dependsOn()).isNull());
    }

    @Test
    void aQuestionRevealedThroughAnApplicableMatterComesAfterTheAnswerThatMadeItApply() {
        assertThat(evaluate(Map.of("sells", true)).askedQuestions()).containsExactly("rents", "sells", "goods", "agent");
    }

    @Test
    void aChainOfQuestionsStaysTogetherAndAQuestionOfTwoAnswersFollowsTheLater() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("rents", true);
        answers.put("years", 3);
        answers.put("sells", true);
        Advice advice = evaluate(answers);
        assertThat(advice.askedQuestions())
                .containsExactly("rents", "years", "landlord", "sells", "goods", "both", "agent");
        assertThat(advice.pendingQuestions()).extracting(Advice.QuestionView::key)
                .containsExactly("landlord", "goods", "both", "agent");
        assertThat(advice.pendingQuestions()).filteredOn(q -> q.key().equals("both")).singleElement()
                .satisfies(q -> assertThat(q.dependsOn()).isEqualTo("sells"));
    }

    @Test
    void questionsThatDependOnEachOtherInACircleAreStillAsked() {
        QuestionOrder order = QuestionOrder.arrange(List.of("a", "b", "c"),
                Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of()));
        assertThat(order.keys()).containsExactly("c", "a", "b");
        assertThat(order.parentOf()).containsEntry("b", "a").doesNotContainKey("a");
    }
}
