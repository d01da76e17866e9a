package cn.hubei.yishi.advisor.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.hubei.yishi.advisor.catalog.Jurisdiction;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeSearch;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The applicant's entry: a search box, a choice of city or county ({@code ?city=tianmen}, kept in the URL), and
 * the themes by jurisdiction and kind. With a city chosen, the list is that city's themes and the provincial
 * themes it has no version of of its own, which are handled there by the province's standard.
 */
@Controller
class HomePage {

    private final RulesetHolder rules;
    /** The most themes the home page lists at once without a city or a search. */
    private final int wholeList;

    HomePage(RulesetHolder rules, @Value("${advisor.home.whole-list:300}") int wholeList) {
        this.rules = rules;
        this.wholeList = wholeList;
    }

    /** A theme as listed: where its link leads (a provincial theme taken to the chosen city carries at=). */
    record Listed(Theme theme, String href) {
    }

    @GetMapping("/")
    String home(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "city", required = false) String city, Model model) {
        Ruleset ruleset = rules.current();
        List<Theme> all = ruleset.themes().values().stream().map(CompiledTheme::theme).toList();
        Jurisdiction place = ruleset.jurisdiction(city);
        if (place != null && place.province()) {
            place = null; // the province is not a place to go: its themes are listed with every city's
        }
        List<Theme> candidates = all;
        String provinceGroup = "";
        if (place != null) {
            String name = place.name();
            Set<String> ownFamilies = all.stream().filter(t -> t.jurisdiction().equals(name))
                    .map(Theme::family).filter(f -> !f.isEmpty()).collect(Collectors.toSet());
            candidates = all.stream().filter(t -> t.jurisdiction().equals(name) || isProvincial(t, ruleset)
                    && !ownFamilies.contains(t.family())).toList();
            provinceGroup = "全省通用主题（在" + name + "按全省标准办理）";
        }
        // At province scale (thousands of theme versions) the whole list is no page to read: with no city and no
        // search, list the province's own themes and ask for a city first.
        boolean narrowed = place == null && (q == null || q.isBlank()) && candidates.size() > wholeList;
        if (narrowed) {
            candidates = candidates.stream().filter(t -> isProvincial(t, ruleset)).toList();
        }
        List<Theme> themes = ThemeSearch.search(candidates, q, ruleset.jurisdictions(), ruleset.synonyms());
        Map<String, Map<String, List<Listed>>> grouped = new LinkedHashMap<>();
        for (Theme t : themes) {
            boolean taken = place != null && isProvincial(t, ruleset);
            String group = taken ? provinceGroup : t.jurisdiction();
            String href = "/themes/" + UriUtils.encodePathSegment(t.id(), StandardCharsets.UTF_8)
                    + (taken ? "?at=" + place.id() : "");
            grouped.computeIfAbsent(group, k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.category(), k -> new ArrayList<>()).add(new Listed(t, href));
        }
        List<Jurisdiction> cities = ruleset.jurisdictions().values().stream()
                .filter(j -> !j.province() && !j.id().isEmpty()).toList();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("city", place == null ? "" : place.id());
        model.addAttribute("cityName", place == null ? "" : place.name());
        model.addAttribute("cities", cities);
        model.addAttribute("count", themes.size());
        model.addAttribute("grouped", grouped);
        model.addAttribute("unknownCity", city != null && !city.isBlank() && place == null);
        model.addAttribute("narrowed", narrowed);
        return "home";
    }

    /** A theme of the province: its standard, taken to the applicant's city or county. */
    private static boolean isProvincial(Theme t, Ruleset ruleset) {
        Jurisdiction j = ruleset.jurisdictions().get(t.jurisdiction());
        return j != null && j.province();
    }
}
