package cn.hubei.yishi.advisor.rules;

import java.time.Instant;
import java.util.List;

/**
 * What policy staff need to know about the rules being served: which version, which themes with which
 * versions, and what the last reload did and why.
 */
public record RulesStatus(
        String version,
        Instant publishedAt,
        String rulesDir,
        int themeCount,
        List<ThemeStatus> themes,
        List<RuleProblem> servingProblems,
        ReloadReport lastReload) {

    public record ThemeStatus(String id, String name, String jurisdiction, String version, int ruleCount,
            long compileMillis) {
    }

    public static RulesStatus of(RulesetHolder holder) {
        Ruleset r = holder.current();
        List<ThemeStatus> themes = r.themes().values().stream()
                .map(t -> new ThemeStatus(t.theme().id(), t.theme().name(), t.theme().jurisdiction(), t.version(),
                        t.ruleCount(), t.compileMillis()))
                .toList();
        // Only the folder's name: where the server keeps its files is none of a reader's business, and
        // every file below is named relative to it.
        return new RulesStatus(r.version(), r.loadedAt(), holder.rulesDir().getFileName().toString(), themes.size(), themes,
                r.problems(), holder.lastReload());
    }
}
