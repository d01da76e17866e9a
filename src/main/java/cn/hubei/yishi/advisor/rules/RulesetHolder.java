package cn.hubei.yishi.advisor.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.hubei.yishi.advisor.advice.Evaluator;
import cn.hubei.yishi.advisor.samples.SampleResult;
import cn.hubei.yishi.advisor.samples.SampleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the ruleset being served and publishes new versions of it.
 *
 * <p>A request takes {@link #current()} once and uses that version to the end, so a reload never
 * shows it a half-built set. A reload builds the new version beside the old one (reusing what has not
 * changed), runs every sample against it, and swaps it in only if it has no problem and breaks no
 * sample; otherwise the last good version keeps serving and {@link #lastReload()} says why. At
 * start-up there is no last good version: themes that load are served and broken ones are left out.
 */
@Component
public class RulesetHolder {

    private static final Logger log = LoggerFactory.getLogger(RulesetHolder.class);

    private final Path rulesDir;
    private final Path samplesDir;
    private final int maxFirings;
    private final RulesetLoader loader = new RulesetLoader();
    private final AtomicReference<Ruleset> current = new AtomicReference<>();
    private volatile ReloadReport lastReload;

    public RulesetHolder(@Value("${advisor.rules-dir:./rules}") String rulesDir,
            @Value("${advisor.samples-dir:./samples}") String samplesDir,
            @Value("${advisor.max-firings:10000}") int maxFirings) {
        this.rulesDir = Path.of(rulesDir).toAbsolutePath().normalize();
        this.samplesDir = Path.of(samplesDir).toAbsolutePath().normalize();
        this.maxFirings = maxFirings;
        long started = System.nanoTime();
        Ruleset initial = loader.load(this.rulesDir);
        current.set(initial);
        lastReload = new ReloadReport(Instant.now(), "启动", initial.version(), true,
                initial.problems().isEmpty() ? "已加载 " + initial.themes().size() + " 个主题"
                        : "已加载 " + initial.themes().size() + " 个主题；有错误的主题未加载",
                initial.problems(), List.of(), 0, (System.nanoTime() - started) / 1_000_000);
    }

    public Ruleset current() {
        return current.get();
    }

    public ReloadReport lastReload() {
        return lastReload;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    public Path samplesDir() {
        return samplesDir;
    }

    /**
     * The themes whose answers may differ between two versions: those whose files changed, and those
     * new. Null (every theme) when a shared definition changed — a material's name or a question's
     * options can change any theme's advice without touching its files.
     */
    static Set<String> affectedThemes(Ruleset before, Ruleset after) {
        if (!before.matters().equals(after.matters()) || !before.materials().equals(after.materials())
                || !before.questions().equals(after.questions())) {
            return null;
        }
        Set<String> affected = new HashSet<>();
        after.themes().forEach((id, theme) -> {
            CompiledTheme old = before.theme(id);
            if (old == null || !old.version().equals(theme.version())) {
                affected.add(id);
            }
        });
        return affected;
    }

    /** Loads the rules directory again and publishes it if it is sound. One reload at a time. */
    public ReloadReport reload(String trigger) {
        return reload(trigger, false);
    }

    /**
     * @param allSamples run every sample, not only those of the themes the change affects (a reload
     *                   asked for by hand re-checks everything)
     */
    public synchronized ReloadReport reload(String trigger, boolean allSamples) {
        long started = System.nanoTime();
        try {
            return tryReload(trigger, allSamples, started);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // Whatever a rules change does to the loader, the last good rules keep serving and the status says so.
            log.error("Reloading rules ({}) failed; the last good rules keep serving", trigger, e);
            return failed(trigger, "未发布：重新加载时出错（" + e.getClass().getSimpleName() + "），继续使用版本 "
                    + current.get().version() + "。请检查最近修改的文件", started);
        }
    }

    /** Records a reload that could not run to the end, e.g. when the watcher had to restart. */
    ReloadReport failed(String trigger, String summary, long started) {
        ReloadReport report = new ReloadReport(Instant.now(), trigger, current.get().version(), false, summary,
                List.of(), List.of(), 0, (System.nanoTime() - started) / 1_000_000);
        lastReload = report;
        return report;
    }

    private ReloadReport tryReload(String trigger, boolean allSamples, long started) {
        Ruleset candidate = loader.load(rulesDir);
        List<SampleResult> failed = new ArrayList<>();
        int run = 0;
        if (candidate.problems().isEmpty() && Files.isDirectory(samplesDir)) {
            SampleRunner runner = new SampleRunner(new Evaluator(maxFirings));
            Set<String> affected = allSamples ? null : affectedThemes(current.get(), candidate);
            for (Path file : SampleRunner.sampleFiles(samplesDir)) {
                if (affected != null && !affected.contains(file.getParent().getFileName().toString())) {
                    continue;
                }
                SampleResult result = runner.run(candidate, samplesDir, file);
                run++;
                if (!result.passed()) {
                    failed.add(result);
                }
            }
        }
        boolean publish = candidate.problems().isEmpty() && failed.isEmpty();
        String summary;
        if (publish) {
            current.set(candidate);
            summary = "已发布：" + candidate.themes().size() + " 个主题，" + run + " 个样例全部通过";
        } else if (!candidate.problems().isEmpty()) {
            summary = "未发布：规则有 " + candidate.problems().size() + " 处错误，继续使用版本 " + current.get().version();
        } else {
            summary = "未发布：" + failed.size() + " 个样例不通过，继续使用版本 " + current.get().version();
        }
        ReloadReport report = new ReloadReport(Instant.now(), trigger, candidate.version(), publish, summary,
                candidate.problems(), List.copyOf(failed), run, (System.nanoTime() - started) / 1_000_000);
        lastReload = report;
        if (publish) {
            log.info("Rules {} published ({}): {}", candidate.version(), trigger, summary);
        } else {
            log.warn("Rules {} not published ({}): {} {} {}", candidate.version(), trigger, summary,
                    candidate.problems(), failed);
        }
        return report;
    }
}
