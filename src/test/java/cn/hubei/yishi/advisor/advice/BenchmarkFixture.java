package cn.hubei.yishi.advisor.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.testing.TestFiles;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads a rules directory and turns a sample file into an evaluation input, for benchmarks and checks. */
final class BenchmarkFixture {

    final Ruleset ruleset;
    final CompiledTheme theme;
    final EvaluationInput input;

    BenchmarkFixture(String themeId, String sampleFile) {
        this(themeId, sampleFile, "full");
    }

    /**
     * @param catalog {@code full}: the bundled rules; {@code provincial}: only the theme folders that
     *                have a provincial entry (the catalog before the cities' themes were added)
     */
    BenchmarkFixture(String themeId, String sampleFile, String catalog) {
        this(catalog.equals("full") ? Path.of("rules") : provincialCopy(), Path.of("samples"), themeId, sampleFile);
    }

    /** A theme of the rules in {@code rules}, with one of its samples in {@code samples}. */
    BenchmarkFixture(Path rules, Path samples, String themeId, String sampleFile) {
        ruleset = new RulesetLoader().load(rules);
        theme = ruleset.theme(themeId);
        if (theme == null) {
            throw new IllegalStateException("theme not loaded: " + themeId + " " + ruleset.problems());
        }
        input = input(ruleset, theme, samples.resolve(themeId).resolve(sampleFile));
    }

    private static Path provincialCopy() {
        try {
            Path copy = Files.createTempDirectory("rules-provincial");
            Path rules = Path.of("rules");
            TestFiles.copyTree(rules, copy, rel -> !(rel.getNameCount() >= 2 && rel.getName(0).toString().equals("themes")
                    && !Files.exists(rules.resolve("themes").resolve(rel.getName(1)).resolve("hubei.yaml"))));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvaluationInput input(Ruleset ruleset, CompiledTheme theme, Path sample) {
        ObjectMapper yaml = new YAMLMapper();
        JsonNode node = yaml.readTree(sample.toFile());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", node.get("answers"));
        body.put("submittedMaterials", node.has("submitted") ? node.get("submitted") : List.of());
        return InputReader.read(ruleset, theme, yaml.valueToTree(body));
    }
}
