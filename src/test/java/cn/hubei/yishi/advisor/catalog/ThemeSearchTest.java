package cn.hubei.yishi.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search finds what people type: the everyday queries of search-queries.tsv against the live rules/. */
class ThemeSearchTest {

    private static Ruleset rules;
    private static List<Theme> themes;

    @BeforeAll
    static void load() {
        rules = new RulesetLoader().load(Path.of("rules"));
        themes = rules.themes().values().stream().map(CompiledTheme::theme).toList();
    }

    private static List<Theme> search(String query) {
        return ThemeSearch.search(themes, query, rules.jurisdictions(), rules.synonyms());
    }

    @Test
    void everydayQueriesFindTheirThemeFirst() throws IOException {
        List<String[]> table = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/search-queries.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            assertThat(cells).as("query<TAB>theme id: " + line).hasSize(2);
            table.add(cells);
        }
        assertThat(table).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rules.synonyms()).as("rules/search.yaml read").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (String[] row : table) {
            assertThat(rules.theme(row[1])).as("theme " + row[1] + " of query " + row[0] + " is in the rules").isNotNull();
            List<Theme> found = search(row[0]);
            String first = found.isEmpty() ? "(nothing)" : found.get(0).id();
            if (!first.equals(row[1])) {
                wrong.add(row[0] + " → " + first + ", expected " + row[1] + " (found "
                        + found.stream().limit(5).map(Theme::id).toList() + ")");
            }
        }
        assertThat(wrong).as("queries whose first theme is wrong").isEmpty();
    }

    @Test
    void aPlaceWithAWordKeepsThatPlacesThemes() {
        assertThat(search("洪湖 开店")).isNotEmpty().extracting(Theme::jurisdiction).containsOnly("洪湖市");
        assertThat(search("天门开店")).isNotEmpty().extracting(Theme::jurisdiction).containsOnly("天门市");
        assertThat(search("开店 天门市")).isNotEmpty().extracting(Theme::jurisdiction).containsOnly("天门市");
        assertThat(search("天门")).isNotEmpty().extracting(Theme::jurisdiction).containsOnly("天门市");
    }

    @Test
    void aQueryThatFindsNothingStillFindsNothing() {
        assertThat(search("量子计算机")).isEmpty();
    }

    @Test
    void aThemeFoundByItsOwnNameRanksBeforeSynonymMatches() {
        Theme province = theme("p-restaurant", "我要开饭店", "湖北省", List.of("餐厅"));
        Theme byAlias = theme("c-cafe", "饮品店开办", "天门市", List.of("奶茶铺"));
        Theme byName = theme("c-milk-tea", "我要开奶茶店", "洪湖市", List.of());
        Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
        jurisdictions.put("湖北省", new Jurisdiction("湖北省", "hubei", List.of("湖北"), "", "", List.of(), true));
        jurisdictions.put("天门市", new Jurisdiction("天门市", "tianmen", List.of("天门"), "", "", List.of(), false));
        jurisdictions.put("洪湖市", new Jurisdiction("洪湖市", "honghu", List.of("洪湖"), "", "", List.of(), false));
        List<Synonym> synonyms = List.of(new Synonym(List.of("奶茶"), List.of("饭店")));

        // The province's theme comes first in jurisdiction order, yet is found only by a synonym.
        assertThat(ThemeSearch.search(List.of(province, byAlias, byName), "奶茶", jurisdictions, synonyms))
                .extracting(Theme::id).containsExactly("c-milk-tea", "c-cafe", "p-restaurant");
        assertThat(ThemeSearch.search(List.of(province, byAlias, byName), "奶茶", jurisdictions))
                .extracting(Theme::id).containsExactly("c-milk-tea", "c-cafe");
        assertThat(ThemeSearch.search(List.of(province, byAlias, byName), "洪湖 奶茶", jurisdictions, synonyms))
                .extracting(Theme::id).containsExactly("c-milk-tea");
    }

    @Test
    void everydayWordsRankInTheOrderTheirFindsAreListed() {
        // 烧烤 finds [饭店, 餐饮]: 我要开饭店 by its name before the shops that have 餐饮店 as an alias.
        List<String> ids = search("烧烤").stream().map(Theme::id).toList();
        assertThat(ids).startsWith("tm-restaurant", "hh-restaurant").contains("tm-breakfast-shop", "tm-hotpot-restaurant");
        // Typed as it stands in the name, 饭店 finds the two 我要开饭店 and nothing by an everyday word.
        assertThat(search("饭店")).extracting(Theme::id).containsExactly("tm-restaurant", "hh-restaurant");
    }

    private static Theme theme(String id, String name, String jurisdiction, List<String> aliases) {
        return new Theme.Builder().id(id).name(name).jurisdiction(jurisdiction).category("开办").aliases(aliases)
                .build();
    }
}
