package cn.hubei.yishi.advisor.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import cn.hubei.yishi.advisor.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The frozen fixture rules the engine, lint, reload and API tests run on load cleanly and still give what their
 * samples say: a test that asserts on 儿童游乐园 or 高校毕业生就业 asserts on this behaviour, not on today's policy.
 */
class FixtureRulesTest {

    static Ruleset ruleset;

    @BeforeAll
    static void load() {
        ruleset = new RulesetLoader().load(Fixtures.RULES);
    }

    @Test
    void theFixtureLoadsWithoutProblems() {
        assertThat(ruleset.problems()).isEmpty();
        assertThat(ruleset.themes()).containsOnlyKeys("hb-children-playground", "tm-children-playground",
                "tm-restaurant", "hh-restaurant", "hb-graduate-employment", "tm-graduate-employment",
                "hb-residence-permit", "tm-residence-permit");
    }

    @Test
    void everyFixtureThemeHasSamples() {
        for (String theme : ruleset.themes().keySet()) {
            assertThat(SampleRunner.sampleFiles(Fixtures.SAMPLES))
                    .as("samples for theme %s", theme)
                    .anyMatch(p -> p.getParent().getFileName().toString().equals(theme));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureSample() {
        SampleRunner runner = new SampleRunner(new Evaluator(10_000));
        List<Path> files = SampleRunner.sampleFiles(Fixtures.SAMPLES);
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(Fixtures.SAMPLES.relativize(file).toString(), () -> {
            SampleResult result = runner.run(ruleset, Fixtures.SAMPLES, file);
            if (!result.passed()) {
                fail(result.file() + "「" + result.name() + "」\n  " + String.join("\n  ", result.failures()));
            }
        }));
    }
}
