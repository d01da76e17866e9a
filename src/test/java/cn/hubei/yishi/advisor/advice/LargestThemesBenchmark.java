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
 * The full evaluation of the catalog's largest themes: 我要开药店 in Honghu (most rules) and
 * 工程建设项目审批 (most matters), each on its fully answered sample. Drools only; the hand-written
 * comparison is {@link EvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LargestThemesBenchmark {

    @Param({"hh-pharmacy/02-company-otc-sign-tax.yaml", "hh-construction-project-approval/02-construction-permit-everything-submitted.yaml"})
    public String themeAndSample;

    private BenchmarkFixture fixture;
    private Evaluator evaluator;

    @Setup
    public void setUp() {
        String[] parts = themeAndSample.split("/");
        fixture = new BenchmarkFixture(parts[0], parts[1]);
        evaluator = new Evaluator(10_000);
    }

    @Benchmark
    public Advice drools() {
        return evaluator.evaluate(fixture.ruleset, fixture.theme, fixture.input);
    }
}
