package cn.hubei.yishi.advisor.advice;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of the largest theme, with every question answered and materials submitted (its
 * "everything submitted" sample), three ways in the same run:
 * <ul>
 *   <li>{@code drools}: the full evaluation the API does — session, rules, the one set of materials;</li>
 *   <li>{@code handWritten}: the same evaluation with the theme's rules written as plain Java
 *       ({@link HandWrittenGraduateEmployment}) and the same assembly of the advice;</li>
 *   <li>{@code droolsRulesOnly}: the rule session alone, without assembling the advice.</li>
 * </ul>
 * Each with the provincial themes only and with the whole catalog loaded: one KieBase per theme, so the
 * figure must not grow with the catalog. Run with {@code ./mvnw -Pbench test-compile exec:exec};
 * figures in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    @Param({"hb-graduate-employment"})
    public String theme;

    @Param({"02-flexible-everything-submitted.yaml"})
    public String sample;

    /** The same theme with only the provincial themes loaded, and with the whole catalog. */
    @Param({"provincial", "full"})
    public String catalog;

    private BenchmarkFixture fixture;
    private Evaluator evaluator;
    private HandWrittenGraduateEmployment handWritten;

    @Setup
    public void setUp() {
        fixture = new BenchmarkFixture(theme, sample, catalog);
        evaluator = new Evaluator(10_000);
        handWritten = new HandWrittenGraduateEmployment(evaluator);
    }

    @Benchmark
    public Advice drools() {
        return evaluator.evaluate(fixture.ruleset, fixture.theme, fixture.input);
    }

    @Benchmark
    public Advice handWritten() {
        return handWritten.evaluate(fixture.ruleset, fixture.theme, fixture.input);
    }

    @Benchmark
    public Object droolsRulesOnly() {
        return evaluator.fire(fixture.theme, fixture.input.answers());
    }
}
