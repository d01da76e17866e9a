package cn.hubei.yishi.advisor.api;

import java.util.List;

import cn.hubei.yishi.advisor.advice.Advice.QuestionView;
import cn.hubei.yishi.advisor.advice.ReformFigures;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;

/** What the API shows of a theme. */
final class ThemeViews {

    private ThemeViews() {
    }

    record ThemeSummary(String id, String name, String jurisdiction, String category, String leadDepartment,
            List<String> cooperatingDepartments, String cooperatingText, List<String> aliases) {
    }

    record MatterSummary(String id, String name, String department, boolean townLevel, String notes,
            String legalBasis, Integer timeLimitDays) {
    }

    record ThemeDetail(String id, String name, String jurisdiction, String category, String leadDepartment,
            List<String> cooperatingDepartments, String cooperatingText, List<String> aliases, String jointForm,
            String source, List<MatterSummary> matters, List<QuestionView> questions, String rulesetVersion,
            String themeVersion, ReformFigures figures) {
    }

    /** One row of the table of every theme's reform figures. */
    record ThemeFiguresRow(String id, String name, String jurisdiction, String category, ReformFigures figures) {
    }

    static ThemeFiguresRow figures(Theme t, ReformFigures figures) {
        return new ThemeFiguresRow(t.id(), t.name(), t.jurisdiction(), t.category(), figures);
    }

    static ThemeSummary summary(Theme t) {
        return new ThemeSummary(t.id(), t.name(), t.jurisdiction(), t.category(), t.leadDepartment(),
                t.cooperatingDepartments(), t.cooperatingText(), t.aliases());
    }

    static ThemeDetail detail(Ruleset ruleset, CompiledTheme compiled, ReformFigures figures) {
        Theme t = compiled.theme();
        List<MatterSummary> matters = t.matters().stream().map(m -> matter(ruleset, m)).toList();
        List<QuestionView> questions = compiled.questions().stream()
                .map(q -> QuestionView.of(q, compiled.conditionalQuestions().contains(q.key()))).toList();
        return new ThemeDetail(t.id(), t.name(), t.jurisdiction(), t.category(), t.leadDepartment(),
                t.cooperatingDepartments(), t.cooperatingText(), t.aliases(), t.jointForm(), t.source(), matters,
                questions, ruleset.version(), compiled.version(), figures);
    }

    private static MatterSummary matter(Ruleset ruleset, ThemeMatter m) {
        MatterDef def = ruleset.matters().get(m.matterId());
        return new MatterSummary(m.matterId(), m.name(), m.department(), m.townLevel(), m.notes(),
                def.legalBasis(), def.timeLimitDays());
    }
}
