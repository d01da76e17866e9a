package cn.hubei.yishi.advisor.advice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the one form as they travel in the query string ({@code a.<question>=value},
 * {@code have=<material>}), so that any result can be reproduced from its URL. Each answer is checked
 * as the API checks it; a wrong one is dropped and its message kept for the field. The clerk's console
 * stores a case's answers in the same form.
 */
public record FormAnswers(Map<String, String> raw, List<String> have, EvaluationInput input, Map<String, String> errors) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Answers stored as a query string ({@link #query}), read back. */
    public static FormAnswers fromQuery(Ruleset ruleset, CompiledTheme theme, String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        UriComponentsBuilder.newInstance().query(query == null ? "" : query).build().getQueryParams()
                .forEach((k, values) -> values.forEach(v -> params.add(decode(k), v == null ? "" : decode(v))));
        return read(ruleset, theme, params);
    }

    /** Answers as typed into a form ({@code question → text}) with the materials in hand. */
    public static FormAnswers of(Ruleset ruleset, CompiledTheme theme, Map<String, String> answers, List<String> have) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        answers.forEach((k, v) -> params.add("a." + k, v));
        have.forEach(m -> params.add("have", m));
        return read(ruleset, theme, params);
    }

    private static String decode(String s) {
        return org.springframework.web.util.UriUtils.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static FormAnswers read(Ruleset ruleset, CompiledTheme theme, MultiValueMap<String, String> params) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, QuestionDef> questions = theme.questionsByKey();
        params.forEach((name, values) -> {
            if (name.startsWith("a.") && questions.containsKey(name.substring(2)) && !values.isEmpty()
                    && !values.get(0).isBlank()) {
                raw.put(name.substring(2), values.get(0).strip());
            }
        });
        List<String> have = params.getOrDefault("have", List.of()).stream()
                .filter(ruleset.materials()::containsKey).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        raw.forEach((key, value) -> typed.put(key, typed(questions.get(key), value)));
        while (true) {
            Map<String, Object> body = Map.of("answers", typed, "submittedMaterials", have);
            try {
                return new FormAnswers(raw, have, InputReader.read(ruleset, theme, JSON.valueToTree(body)), errors);
            } catch (InvalidInputException e) {
                String key = e.field().startsWith("answers.") ? e.field().substring(8) : e.field();
                errors.put(key, e.getMessage());
                if (typed.remove(key) == null) {
                    return new FormAnswers(raw, List.of(), EvaluationInput.empty(), errors);
                }
            }
        }
    }

    /** A form sends text: turn it into the JSON type the question takes, or leave it for the check to refuse. */
    private static Object typed(QuestionDef q, String value) {
        switch (q.type()) {
            case BOOLEAN -> {
                return value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : value;
            }
            case NUMBER -> {
                try {
                    return new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return value;
                }
            }
            default -> {
                return value;
            }
        }
    }

    /** The query string that reproduces these answers (and, with materials, the ticks). */
    public String query(boolean withMaterials) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        raw.forEach((k, v) -> {
            if (!errors.containsKey(k)) {
                b.queryParam("a." + k, v);
            }
        });
        if (withMaterials) {
            have.forEach(m -> b.queryParam("have", m));
        }
        return b.encode().build().getQuery() == null ? "" : b.encode().build().getQuery();
    }
}
