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
        return new SampleResult(rel, themeId, name, compare(sample.expect(), advice), advice.firedRules(),
                actual(advice));
    }

    /**
     * The check every theme needs, generated rather than written 88 times: with no answers yet the evaluation works,
     * asks its first questions, and claims neither completeness nor eligibility.
     */
    public SampleResult runWithoutAnswers(Ruleset ruleset, CompiledTheme theme) {
        String id = theme.theme().id();
        String name = "（自动生成）不回答任何问题";
        Advice advice;
        try {
            advice = evaluator.evaluate(ruleset, theme, new EvaluationInput(Map.of(), List.of()));
        } catch (RuntimeException e) {
            return new SampleResult(id + "/（自动）", id, name, List.of("不回答任何问题时计算出错：" + e.getMessage()));
        }
        List<String> failures = new ArrayList<>();
        if (!theme.questions().isEmpty()) {
            if (advice.pendingQuestions().isEmpty()) {
                failures.add("pending（待回答问题）：不回答任何问题时应当给出第一批问题，实际没有");
            }
            if (advice.complete() || advice.eligible()) {
                failures.add("complete/eligible：不回答任何问题时不应判为已答完或符合受理条件");
            }
        }
        return new SampleResult(id + "/（自动）", id, name, failures, advice.firedRules());
    }

    /** What the rules gave, for each exact expectation a sample can hold, in the order a sample file lists them. */
    static Map<String, Object> actual(Advice advice) {
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("complete", advice.complete());
        actual.put("eligible", advice.eligible());
        actual.put("pending", advice.pendingQuestions().stream().map(Advice.QuestionView::key).toList());
        actual.put("applies", advice.matters().stream().filter(Advice.MatterView::applies).map(Advice.MatterView::id).toList());
        actual.put("unmet", advice.unmetConditions().stream().map(Advice.UnmetView::matterId).distinct().toList());
        actual.put("materials", advice.materials().stream().map(Advice.MaterialView::id).toList());
        actual.put("missing", advice.missing().stream().map(Advice.MissingView::id).toList());
        actual.put("exempt", advice.materials().stream().filter(m -> !m.needsSubmission()).map(Advice.MaterialView::id).toList());
        actual.put("promisedWorkingDays", advice.promisedWorkingDays());
        return actual;
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
        List<String> applies = advice.matters().stream().filter(Advice.MatterView::applies).map(Advice.MatterView::id).toList();
        List<String> materials = advice.materials().stream().map(Advice.MaterialView::id).toList();
        List<String> missing = advice.missing().stream().map(Advice.MissingView::id).toList();
        includes(failures, "appliesInclude（应当适用的事项）", expect.appliesInclude(), applies, true);
        includes(failures, "appliesExclude（不应适用的事项）", expect.appliesExclude(), applies, false);
        includes(failures, "materialsInclude（一套材料中应有）", expect.materialsInclude(), materials, true);
        includes(failures, "materialsExclude（一套材料中不应有）", expect.materialsExclude(), materials, false);
        includes(failures, "missingInclude（应当缺少）", expect.missingInclude(), missing, true);
        includes(failures, "missingExclude（不应缺少）", expect.missingExclude(), missing, false);
        if (expect.quantities() != null) {
            expect.quantities().forEach((id, quantity) -> {
                String actual = advice.materials().stream().filter(m -> m.id().equals(id)).map(Advice.MaterialView::quantity)
                        .findFirst().orElse(null);
                if (!quantity.equals(actual)) {
                    failures.add("quantities." + id + "（份数）：期望 " + quantity + "，实际 "
                            + (actual == null ? "一套材料中没有这份材料" : actual));
                }
            });
        }
        if (expect.departments() != null) {
            expect.departments().forEach((id, department) -> {
                String actual = advice.matters().stream().filter(m -> m.id().equals(id))
                        .map(Advice.MatterView::department).findFirst().orElse(null);
                if (!department.equals(actual)) {
                    failures.add("departments." + id + "（承办部门）：期望 " + department + "，实际 "
                            + (actual == null ? "本主题没有这个事项" : actual));
                }
            });
        }
        return failures;
    }

    private static void includes(List<String> failures, String what, Collection<String> ids,
            Collection<String> actual, boolean present) {
        if (ids == null) {
            return;
        }
        TreeSet<String> wrong = new TreeSet<>();
        for (String id : ids) {
            if (actual.contains(id) != present) {
                wrong.add(id);
            }
        }
        if (!wrong.isEmpty()) {
            failures.add(what + "：" + (present ? "没有 " : "却有 ") + wrong + "；实际 " + new TreeSet<>(actual));
        }
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
