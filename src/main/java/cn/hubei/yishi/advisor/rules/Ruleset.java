package cn.hubei.yishi.advisor.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.catalog.Jurisdiction;
import cn.hubei.yishi.advisor.catalog.MaterialDef;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.Synonym;

/**
 * One immutable version of the rules: what was loaded from {@code rules/} at one moment.
 * Requests read a Ruleset through {@link RulesetHolder} and never see it change under them.
 *
 * @param version  content hash of every rule file
 * @param themes   the themes that compiled, in catalog order
 * @param problems everything wrong, per file and line; a theme with problems is left out
 * @param jurisdictions jurisdictions by name in display order ({@code rules/jurisdictions.yaml}), each with the
 *                      other names it is searched by and its service centres
 * @param synonyms the everyday words search also understands ({@code rules/search.yaml}), in the file's order
 */
public record Ruleset(
        String version,
        Instant loadedAt,
        Map<String, CompiledTheme> themes,
        Map<String, MatterDef> matters,
        Map<String, MaterialDef> materials,
        Map<String, QuestionDef> questions,
        List<RuleProblem> problems,
        Map<String, Jurisdiction> jurisdictions,
        List<Synonym> synonyms) {

    /** A ruleset without everyday search words. */
    public Ruleset(String version, Instant loadedAt, Map<String, CompiledTheme> themes, Map<String, MatterDef> matters,
            Map<String, MaterialDef> materials, Map<String, QuestionDef> questions, List<RuleProblem> problems,
            Map<String, Jurisdiction> jurisdictions) {
        this(version, loadedAt, themes, matters, materials, questions, problems, jurisdictions, List.of());
    }

    public CompiledTheme theme(String id) {
        return themes.get(id);
    }

    /** The jurisdiction with that ASCII id ({@code tianmen}) or name (天门市), or null. */
    public Jurisdiction jurisdiction(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return null;
        }
        Jurisdiction byName = jurisdictions.get(idOrName.strip());
        if (byName != null) {
            return byName;
        }
        return jurisdictions.values().stream().filter(j -> j.id().equals(idOrName.strip())).findFirst()
                .orElse(null);
    }
}
