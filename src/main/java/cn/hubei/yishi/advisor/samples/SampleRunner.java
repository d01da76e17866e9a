package cn.hubei.yishi.advisor.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.EvaluationInput;
import cn.hubei.yishi.advisor.advice.EvaluationTimeoutException;
import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.advice.InputReader;
import cn.hubei.yishi.advisor.advice.InvalidInputException;
import cn.hubei.yishi.advisor.advice.RuleExecutionException;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Runs scenario files against a ruleset. A sample's theme is the name of its folder. */
public final class SampleRunner {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Evaluator evaluator;

    /** The longest a sample's evaluation may take before its rules count as too slow to publish. */
    public static final long BUDGET_MILLIS = 100;

    public SampleRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every {@code *.yaml} below the directory, sorted by path. */
    public static List<Path> sampleFiles(Path samplesDir) {
        try (Stream<Path> walk = Files.walk(samplesDir)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list samples in " + samplesDir, e);
        }
    }

    public SampleResult run(Ruleset ruleset, Path samplesDir, Path file) {
        String rel = samplesDir.relativize(file).toString().replace('\\', '/');
        String themeId = file.getParent().getFileName().toString();
        SampleCase sample;
        try {
            sample = yaml.readValue(file.toFile(), SampleCase.class);
        } catch (RuntimeException e) {
            return new SampleResult(rel, themeId, rel, List.of("无法读取样例文件：" + e.getMessage()));
        }
        String name = sample.name() == null ? rel : sample.name();
        CompiledTheme theme = ruleset.theme(themeId);
        if (theme == null) {
            return new SampleResult(rel, themeId, name, List.of("主题 " + themeId + " 不存在或未能加载（样例所在目录名即主题编号）"));
        }
        if (sample.expect() == null) {
            return new SampleResult(rel, themeId, name, List.of("样例缺少 expect（期望结果）"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", sample.answers() == null ? Map.of() : sample.answers());
        body.put("submittedMaterials", sample.submitted() == null ? List.of() : sample.submitted());
        Advice advice;
        try {
            JsonNode json = yaml.valueToTree(body);
            EvaluationInput input = InputReader.read(ruleset, theme, json);
            long started = System.nanoTime();
            advice = evaluator.evaluate(ruleset, theme, input);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > BUDGET_MILLIS) {
                // The first run of a new rule base interprets its conditions; only a warm run counts.
                started = System.nanoTime();
                advice = evaluator.evaluate(ruleset, theme, input);
                millis = (System.nanoTime() - started) / 1_000_000;
                if (millis > BUDGET_MILLIS) {
                    return new SampleResult(rel, themeId, name, List.of("计算用时 " + millis + " 毫秒，超过每个样例 "
                            + BUDGET_MILLIS + " 毫秒的上限（正常的计算在 1 毫秒以内）；请检查规则「"
                            + lastRule(advice) + "」等新改动的规则是否条件过多或循环触发"), advice.firedRules());
                }
            }
        } catch (EvaluationTimeoutException e) {
            return new SampleResult(rel, themeId, name, List.of("计算超时，未能完成：" + e.getMessage()
                    + "。请检查该规则是否条件过多或循环触发"));
        } catch (InvalidInputException e) {
            return new SampleResult(rel, themeId, name, List.of("输入有误 " + e.field() + "：" + e.getMessage()));
        } catch (RuleExecutionException e) {
            return new SampleResult(rel, themeId, name, List.of("规则执行出错：" + e.getMessage()));
        }
        return new SampleResult(rel, themeId, name, compare(sample.expect(), advice), advice.firedRules());
    }

    private static String lastRule(Advice advice) {
        List<String> fired = advice.firedRules();
        return fired.isEmpty() ? "（无）" : fired.get(fired.size() - 1);
    }

    static List<String> compare(SampleCase.Expect expect, Advice advice) {
        List<String> failures = new ArrayList<>();
        same(failures, "complete（问题是否答完）", expect.complete(), advice.complete());
        same(failures, "eligible（是否符合受理条件）", expect.eligible(), advice.eligible());
        same(failures, "promisedWorkingDays（承诺时限）", expect.promisedWorkingDays(), advice.promisedWorkingDays());
        if (expect.pending() != null) {
            List<String> actual = advice.pendingQuestions().stream().map(Advice.QuestionView::key).toList();
            same(failures, "pending（待回答问题，按顺序）", expect.pending(), actual);
        }
        sameSet(failures, "applies（适用事项）", expect.applies(),
                advice.matters().stream().filter(Advice.MatterView::applies).map(Advice.MatterView::id).toList());
        sameSet(failures, "unmet（有未满足受理条件的事项）", expect.unmet(),
                advice.unmetConditions().stream().map(Advice.UnmetView::matterId).toList());
        sameSet(failures, "materials（一套材料）", expect.materials(),
                advice.materials().stream().map(Advice.MaterialView::id).toList());
        sameSet(failures, "missing（缺少的材料）", expect.missing(),
                advice.missing().stream().map(Advice.MissingView::id).toList());
        sameSet(failures, "exempt（列出但无需提交的材料）", expect.exempt(),
                advice.materials().stream().filter(m -> !m.needsSubmission()).map(Advice.MaterialView::id).toList());
        return failures;
    }

    private static void same(List<String> failures, String what, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            failures.add(what + "：期望 " + expected + "，实际 " + actual);
        }
    }

    private static void sameSet(List<String> failures, String what, Collection<String> expected,
            Collection<String> actual) {
        if (expected == null) {
            return;
        }
        TreeSet<String> want = new TreeSet<>(expected);
        TreeSet<String> got = new TreeSet<>(actual);
        if (!want.equals(got)) {
            TreeSet<String> extra = new TreeSet<>(got);
            extra.removeAll(want);
            TreeSet<String> lacking = new TreeSet<>(want);
            lacking.removeAll(got);
            failures.add(what + "：期望 " + want + "，实际 " + got
                    + (lacking.isEmpty() ? "" : "；缺 " + lacking) + (extra.isEmpty() ? "" : "；多 " + extra));
        }
    }
}
