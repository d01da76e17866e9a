package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.hubei.yishi.advisor.samples.SampleRunner;
import cn.hubei.yishi.advisor.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's hand-written baseline gives the same advice as the rules for every sample of the
 * theme and for every combination of the theme's deciding answers; if the policy changes, this
 * test says the baseline is stale before the benchmark quotes a meaningless ratio. It runs on the frozen
 * fixture copy of the theme, so that a policy edit in rules/ does not break it; {@link EvaluationBenchmark}
 * measures the live rules.
 */
class HandWrittenBaselineTest {

    @Test
    void handWrittenAndRulesAgree() {
        BenchmarkFixture fixture = new BenchmarkFixture(Fixtures.RULES, Fixtures.SAMPLES, "hb-graduate-employment",
                "02-flexible-everything-submitted.yaml");
        Evaluator evaluator = new Evaluator(10_000);
        HandWrittenGraduateEmployment handWritten = new HandWrittenGraduateEmployment(evaluator);
        List<EvaluationInput> inputs = new ArrayList<>();
        for (Path sample : SampleRunner.sampleFiles(Fixtures.SAMPLES.resolve("hb-graduate-employment"))) {
            inputs.add(BenchmarkFixture.input(fixture.ruleset, fixture.theme, sample));
        }
        for (String status : new String[] {"employed", "flexible", "self-employed", "none"}) {
            for (String archive : new String[] {"receive", "transfer-out", "keep"}) {
                for (boolean flag : new boolean[] {true, false}) {
                    inputs.add(new EvaluationInput(Map.ofEntries(
                            Map.entry("graduate-employment-status", status),
                            Map.entry("graduate-employment-archive", archive),
                            Map.entry("graduate-employment-has-card", flag),
                            Map.entry("graduate-employment-hukou", !flag),
                            Map.entry("by-agent", flag),
                            Map.entry("graduate-employment-subsidy", flag),
                            Map.entry("graduate-social-insurance-subsidy-within-two-years", !flag),
                            Map.entry("archive-receipt-local", flag),
                            Map.entry("archive-transfer-out-letter-issued", !flag),
                            Map.entry("graduate-has-diploma", flag),
                            Map.entry("graduate-hukou-destination", flag ? "community" : "own-house"),
                            Map.entry("employee-medical-insurance-registration-employer-enrolled", flag),
                            Map.entry("flexible-employment-contribution-declaration-method", flag ? "deduction" : "self")),
                            List.of("id-card", "photo")));
            }
            }
        }
        for (EvaluationInput input : inputs) {
            Advice rules = evaluator.evaluate(fixture.ruleset, fixture.theme, input);
            Advice hand = handWritten.evaluate(fixture.ruleset, fixture.theme, input);
            List<Object> want = comparable(rules);
            List<Object> got = comparable(hand);
            for (int i = 0; i < want.size(); i++) {
                assertThat(got.get(i)).as("part %d for answers %s", i, input.answers()).isEqualTo(want.get(i));
            }
        }
    }

    /** Everything the applicant sees, with materials keyed by id (the order within a matter may differ). */
    private static List<Object> comparable(Advice a) {
        Map<String, Advice.MaterialView> materials = new TreeMap<>();
        a.materials().forEach(m -> materials.put(m.id(), m));
        return List.of(a.complete(), a.eligible(), a.pendingQuestions(), a.unmetConditions(), a.matters(),
                materials, a.missing().stream().map(Advice.MissingView::id).sorted().toList(),
                String.valueOf(a.promisedWorkingDays()), a.ignoredAnswers());
    }
}
