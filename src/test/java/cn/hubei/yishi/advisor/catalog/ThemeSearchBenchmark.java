package cn.hubei.yishi.advisor.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a search costs (GET /api/themes?q=, the home page) with today's 88 themes and at province scale: the
 * live catalog plus 120 synthetic cities, each with a version of every city theme (about 8,000 themes). The
 * themes are copied as data only, since search reads names, aliases and places, not rules. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args=ThemeSearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ThemeSearchBenchmark {

    /** 88: the live catalog; 8000: with 120 synthetic cities. */
    @Param({"88", "8000"})
    public int size;

    /** A name (饭店), an everyday word (开店), a place and a word (天门 开店), a place alone (洪湖). */
    @Param({"饭店", "开店", "天门 开店", "洪湖"})
    public String query;

    private List<Theme> themes;
    private Map<String, Jurisdiction> jurisdictions;
    private List<Synonym> synonyms;

    @Setup
    public void setUp() {
        Ruleset live = new RulesetLoader().load(Path.of("rules"));
        List<Theme> all = new ArrayList<>(live.themes().values().stream().map(CompiledTheme::theme).toList());
        jurisdictions = new LinkedHashMap<>(live.jurisdictions());
        synonyms = live.synonyms();
        List<Theme> cityThemes = all.stream().filter(t -> t.jurisdiction().equals("天门市")).toList();
        for (int c = 1; all.size() < size; c++) {
            String place = "合成" + c + "市";
            jurisdictions.put(place, new Jurisdiction(place, "city" + c, List.of("合成" + c), "12345", "", List.of(), false));
            for (Theme t : cityThemes) {
                if (all.size() >= size) {
                    break;
                }
                all.add(new Theme(t.id() + "-c" + c, t.name(), place, t.category(), t.leadDepartment(),
                        t.cooperatingDepartments(), t.cooperatingText(), t.aliases(), t.jointForm(), t.source(),
                        t.matters(), t.family(), ""));
            }
        }
        themes = List.copyOf(all);
    }

    @Benchmark
    public List<Theme> search() {
        return ThemeSearch.search(themes, query, jurisdictions, synonyms);
    }
}
