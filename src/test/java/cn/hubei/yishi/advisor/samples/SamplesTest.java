package cn.hubei.yishi.advisor.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file in samples/ is a test of the bundled rules: adding a sample adds a test. */
class SamplesTest {

    static final Path RULES = Path.of("rules");
    static final Path SAMPLES = Path.of("samples");
    static Ruleset ruleset;

    @BeforeAll
    static void load() {
        ruleset = new RulesetLoader().load(RULES);
    }

    @Test
    void bundledRulesLoadWithoutProblems() {
        assertThat(ruleset.problems()).isEmpty();
    }

    @Test
    void everyThemeHasAtLeastThreeSamples() {
        for (String theme : ruleset.themes().keySet()) {
            long count = SampleRunner.sampleFiles(SAMPLES).stream()
                    .filter(p -> p.getParent().getFileName().toString().equals(theme)).count();
            assertThat(count).as("samples for theme %s", theme).isGreaterThanOrEqualTo(3);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyThemeWithoutAnswers() {
        SampleRunner runner = new SampleRunner(new Evaluator(10_000));
        return ruleset.themes().values().stream().map(theme -> DynamicTest.dynamicTest(theme.theme().id(), () -> {
            SampleResult result = runner.runWithoutAnswers(ruleset, theme);
            if (!result.passed()) {
                fail(result.file() + "「" + result.name() + "」\n  " + String.join("\n  ", result.failures()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySample() {
        SampleRunner runner = new SampleRunner(new Evaluator(10_000));
        List<Path> files = SampleRunner.sampleFiles(SAMPLES);
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(SAMPLES.relativize(file).toString(), () -> {
            SampleResult result = runner.run(ruleset, SAMPLES, file);
            if (!result.passed()) {
                fail(result.file() + "「" + result.name() + "」\n  " + String.join("\n  ", result.failures()));
            }
        }));
    }
}
