package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.hubei.yishi.advisor.advice.EvaluationInput;
import cn.hubei.yishi.advisor.advice.EvaluationTimeoutException;
import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.samples.SampleResult;
import cn.hubei.yishi.advisor.samples.SampleRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that keeps firing is halted at the evaluation's deadline, and a sample that runs into it is refused. */
class RunawayRulesTest {

    @TempDir
    Path dir;

    private Ruleset looping() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("themes/loop"));
        Files.createDirectories(rules.resolve("matters"));
        Files.writeString(rules.resolve("themes/loop/hubei.yaml"), """
                id: loop
                name: 循环主题
                jurisdiction: 湖北省
                lead: 某局
                matters:
                  - {id: m, name: 事项甲, department: 某局}
                """);
        Files.writeString(rules.resolve("matters/m.yaml"), "id: m\nname: 事项甲定义\n");
        Files.writeString(rules.resolve("themes/loop/logic.drl"), """
                package themes.loop
                import cn.hubei.yishi.advisor.facts.*;
                rule "开始"
                when
                then
                    insert(new Flag("again"));
                end
                rule "一再触发"
                when
                    Flag(name == "again")
                then
                    insert(new Flag("again"));
                end
                """);
        Ruleset r = new RulesetLoader().load(dir.resolve("rules"));
        assertThat(r.problems()).isEmpty();
        return r;
    }

    @Test
    void anEvaluationPastItsDeadlineIsHaltedNamingTheRule() throws IOException {
        Ruleset r = looping();
        Evaluator evaluator = new Evaluator(Integer.MAX_VALUE, Duration.ofMillis(20));
        long started = System.nanoTime();
        assertThatThrownBy(() -> evaluator.evaluate(r, r.theme("loop"), new EvaluationInput(java.util.Map.of(), java.util.List.of())))
                .isInstanceOf(EvaluationTimeoutException.class)
                .hasMessageContaining("规则计算超时").hasMessageContaining("一再触发");
        // Halted near the deadline, not run on to some other limit.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSampleThatRunsIntoTheDeadlineFails() throws IOException {
        Ruleset r = looping();
        Path sample = dir.resolve("samples/loop/01.yaml");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, "name: 不回答\nexpect:\n  complete: true\n");
        SampleResult result = new SampleRunner(new Evaluator(Integer.MAX_VALUE, Duration.ofMillis(20)))
                .run(r, dir.resolve("samples"), sample);
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).singleElement().asString().contains("计算超时", "一再触发");
    }
}
