package cn.hubei.yishi.advisor.api;

import java.util.List;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.AdviceService;
import cn.hubei.yishi.advisor.advice.InvalidInputException;
import cn.hubei.yishi.advisor.advice.ThemeFigures;
import cn.hubei.yishi.advisor.catalog.Jurisdiction;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeSearch;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.http.ResponseEntity;
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

    /** The most themes one page of the list holds: a province has thousands of theme versions. */
    static final int MAX_LIMIT = 500;

    /**
     * The themes a search finds, best first, one page at a time: {@code offset} and {@code limit} (at most
     * {@value #MAX_LIMIT}, 100 unless asked) choose the page, {@code X-Total-Count} says how many there are.
     * {@code jurisdiction} (an id such as {@code tianmen}, or a name) keeps that place's themes.
     */
    @GetMapping
    ResponseEntity<List<ThemeViews.ThemeSummary>> list(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "jurisdiction", required = false) String jurisdiction,
            @RequestParam(name = "offset", required = false) String offset,
            @RequestParam(name = "limit", required = false) String limit) {
        Ruleset ruleset = rules.current();
        int from = count("offset", offset, 0, Integer.MAX_VALUE, 0);
        int size = count("limit", limit, 1, MAX_LIMIT, 100);
        List<Theme> themes = ruleset.themes().values().stream().map(CompiledTheme::theme).toList();
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            Jurisdiction place = ruleset.jurisdiction(jurisdiction);
            if (place == null) {
                throw new InvalidInputException("jurisdiction", "没有实施地「" + jurisdiction.strip()
                        + "」：写 jurisdictions.yaml 中的编号（如 tianmen）或名称（如 天门市）");
            }
            themes = themes.stream().filter(t -> t.jurisdiction().equals(place.name())).toList();
        }
        List<Theme> found = ThemeSearch.search(themes, query, ruleset.jurisdictions(), ruleset.synonyms());
        List<ThemeViews.ThemeSummary> page = found.stream().skip(from).limit(size).map(ThemeViews::summary).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.size())).body(page);
    }

    /** A whole number between {@code min} and {@code max}, or {@code otherwise} when not given. */
    private static int count(String field, String value, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(field, field + (max == Integer.MAX_VALUE ? " 应为不小于 " + min + " 的整数"
                : " 应为 " + min + " 到 " + max + " 之间的整数") + "，收到「" + value + "」");
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
