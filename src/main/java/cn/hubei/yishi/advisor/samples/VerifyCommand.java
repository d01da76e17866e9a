package cn.hubei.yishi.advisor.samples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.RuleProblem;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What policy staff run before publishing: load every rule file, report problems by file and line,
 * run every sample, and end with {@code N passed, N failed}. Exit status 1 on any problem. With {@code --update},
 * a failing sample's exact expectations are first rewritten to what the rules give, printed as a diff.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    /**
     * Rules that no sample makes fire, by file: a rule no sample exercises is a rule nobody has checked.
     * A rule shared by several themes counts as covered when a sample of any of them fires it.
     */
    static void printCoverage(Ruleset ruleset, Map<String, Set<String>> firedByTheme, PrintStream out) {
        Map<String, Boolean> covered = new TreeMap<>();
        for (CompiledTheme theme : ruleset.themes().values()) {
            Set<String> fired = firedByTheme.getOrDefault(theme.theme().id(), Set.of());
            for (KiePackage pkg : theme.kieBase().getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    covered.merge(pkg.getName() + "\t" + rule.getName(), fired.contains(rule.getName()), Boolean::logicalOr);
                }
            }
        }
        List<String> uncovered = covered.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        out.println("覆盖率：" + (covered.size() - uncovered.size()) + " / " + covered.size()
                + " 条规则至少被一个样例触发；未被任何样例触发的规则 " + uncovered.size() + " 条：");
        if (!uncovered.isEmpty()) {
            out.println("    规则包\t规则");
            uncovered.forEach(u -> out.println("    " + u));
        }
    }

    public static int run(String[] arguments, PrintStream out) {
        List<String> list = new java.util.ArrayList<>(List.of(arguments));
        boolean update = list.remove("--update");
        String[] args = list.toArray(String[]::new);
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        String only = args.length > 2 ? args[2] : "";
        Ruleset ruleset = new RulesetLoader().load(rules);
        out.println("规则版本 " + ruleset.version() + "：加载主题 " + ruleset.themes().size() + " 个");
        ruleset.themes().values().forEach(t -> out.println("  " + t.theme().id() + "：规则 " + t.ruleCount()
                + " 条，编译 " + t.compileMillis() + " ms"));
        for (RuleProblem p : ruleset.problems()) {
            out.println("规则错误 " + p);
        }
        Map<String, Set<String>> firedByTheme = new HashMap<>();
        int passed = 0;
        int failed = ruleset.problems().size();
        if (Files.isDirectory(samples)) {
            SampleRunner runner = new SampleRunner(new Evaluator(10_000));
            List<Path> files = SampleRunner.sampleFiles(samples);
            for (Path file : files) {
                if (!only.isEmpty() && !samples.relativize(file).toString().startsWith(only)) {
                    continue;
                }
                SampleResult result = runner.run(ruleset, samples, file);
                firedByTheme.computeIfAbsent(result.themeId(), k -> new HashSet<>()).addAll(result.firedRules());
                if (!result.passed() && update && !result.actual().isEmpty()) {
                    List<String> diff = SampleUpdater.update(file, result.actual(), result.failures());
                    if (!diff.isEmpty()) {
                        out.println("已更新样例 " + result.file() + "「" + result.name() + "」，请核对改动：");
                        diff.forEach(d -> out.println("    " + d));
                        result = runner.run(ruleset, samples, file);
                    }
                }
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.println("样例失败 " + result.file() + "「" + result.name() + "」");
                    result.failures().forEach(f -> out.println("    " + f));
                }
            }
            for (CompiledTheme theme : ruleset.themes().values()) {
                if (!only.isEmpty() && !theme.theme().id().startsWith(only)) {
                    continue;
                }
                SampleResult result = runner.runWithoutAnswers(ruleset, theme);
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.println("样例失败 " + result.file() + "「" + result.name() + "」");
                    result.failures().forEach(f -> out.println("    " + f));
                }
            }
        } else {
            out.println("样例目录不存在：" + samples);
            failed++;
        }
        printCoverage(ruleset, firedByTheme, out);
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
