package cn.hubei.yishi.advisor.advice;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the bundled rules and turns a sample file into an evaluation input, for benchmarks and checks. */
final class BenchmarkFixture {

    final Ruleset ruleset;
    final CompiledTheme theme;
    final EvaluationInput input;

    BenchmarkFixture(String themeId, String sampleFile) {
        ruleset = new RulesetLoader().load(Path.of("rules"));
        theme = ruleset.theme(themeId);
        if (theme == null) {
            throw new IllegalStateException("theme not loaded: " + themeId + " " + ruleset.problems());
        }
        input = input(ruleset, theme, Path.of("samples", themeId, sampleFile));
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
