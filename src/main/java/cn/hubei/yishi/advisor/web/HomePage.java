package cn.hubei.yishi.advisor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeSearch;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant's entry: a search box and the themes by jurisdiction and kind. */
@Controller
class HomePage {

    private final RulesetHolder rules;

    HomePage(RulesetHolder rules) {
        this.rules = rules;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "q", required = false) String q, Model model) {
        List<Theme> themes = ThemeSearch.search(
                rules.current().themes().values().stream().map(CompiledTheme::theme).toList(), q,
                rules.current().jurisdictions(), rules.current().synonyms());
        Map<String, Map<String, List<Theme>>> grouped = new LinkedHashMap<>();
        for (Theme t : themes) {
            grouped.computeIfAbsent(t.jurisdiction(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.category(), k -> new java.util.ArrayList<>()).add(t);
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("count", themes.size());
        model.addAttribute("grouped", grouped);
        return "home";
    }
}
