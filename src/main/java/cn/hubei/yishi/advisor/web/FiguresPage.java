package cn.hubei.yishi.advisor.web;

import java.util.List;

import cn.hubei.yishi.advisor.advice.ReformFigures;
import cn.hubei.yishi.advisor.advice.ThemeFigures;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every theme's 减材料、减时限、减跑动 in one table, for the 放管服 office to quote. */
@Controller
class FiguresPage {

    private final RulesetHolder rules;
    private final ThemeFigures figures;

    FiguresPage(RulesetHolder rules, ThemeFigures figures) {
        this.rules = rules;
        this.figures = figures;
    }

    /** One row of the table. */
    record Row(String id, String name, String jurisdiction, ReformFigures figures) {
    }

    @GetMapping("/themes/figures")
    String page(Model model) {
        Ruleset ruleset = rules.current();
        List<Row> rows = figures.all(ruleset).entrySet().stream().map(e -> {
            Theme t = ruleset.theme(e.getKey()).theme();
            return new Row(t.id(), t.name(), t.jurisdiction(), e.getValue());
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("basis", ReformFigures.FULLEST);
        model.addAttribute("rulesetVersion", ruleset.version());
        return "figures";
    }
}
