package cn.hubei.yishi.advisor.samples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.rules.RuleProblem;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;

/**
 * What policy staff run before publishing: load every rule file, report problems by file and line,
 * run every sample, and end with {@code N passed, N failed}. Exit status 1 on any problem.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
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
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
