package cn.hubei.yishi.advisor.api;

import java.util.List;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.AdviceService;
import cn.hubei.yishi.advisor.advice.ThemeFigures;
import cn.hubei.yishi.advisor.catalog.ThemeSearch;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Themes and their evaluation. */
@RestController
@RequestMapping(path = "/api/themes", produces = "application/json")
class ThemeController {

    private final RulesetHolder rules;
    private final AdviceService advice;
    private final ThemeFigures figures;

    ThemeController(RulesetHolder rules, AdviceService advice, ThemeFigures figures) {
        this.rules = rules;
        this.advice = advice;
        this.figures = figures;
    }

    @GetMapping
    List<ThemeViews.ThemeSummary> list(@RequestParam(name = "q", required = false) String query) {
        Ruleset ruleset = rules.current();
        return ThemeSearch.search(ruleset.themes().values().stream().map(CompiledTheme::theme).toList(), query,
                ruleset.jurisdictions(), ruleset.synonyms())
                .stream().map(ThemeViews::summary).toList();
    }

    @GetMapping("/{id}")
    ThemeViews.ThemeDetail get(@PathVariable String id) {
        Ruleset ruleset = rules.current();
        CompiledTheme theme = theme(ruleset, id);
        return ThemeViews.detail(ruleset, theme, figures.of(ruleset, id));
    }

    /** Every theme's 减材料、减时限、减跑动 for its fullest situation, in catalog order: the table the office quotes. */
    @GetMapping("/figures")
    List<ThemeViews.ThemeFiguresRow> figures() {
        Ruleset ruleset = rules.current();
        return figures.all(ruleset).entrySet().stream()
                .map(e -> ThemeViews.figures(ruleset.theme(e.getKey()).theme(), e.getValue())).toList();
    }

    @PostMapping(path = "/{id}/evaluate", consumes = "application/json")
    Advice evaluate(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        Ruleset ruleset = rules.current();
        return advice.evaluate(ruleset, theme(ruleset, id), body);
    }

    private static CompiledTheme theme(Ruleset ruleset, String id) {
        CompiledTheme theme = ruleset.theme(id);
        if (theme == null) {
            throw new ThemeNotFoundException(id);
        }
        return theme;
    }
}
