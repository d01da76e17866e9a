package cn.hubei.yishi.advisor.advice;

import java.time.Duration;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Checks a request and evaluates it; the entry point the API and the pages share. */
@Service
public class AdviceService {

    private final Evaluator evaluator;

    public AdviceService(@Value("${advisor.max-firings:10000}") int maxFirings,
            @Value("${advisor.evaluation-deadline:500ms}") Duration deadline) {
        this.evaluator = new Evaluator(maxFirings, deadline);
    }

    public Advice evaluate(Ruleset ruleset, CompiledTheme theme, JsonNode body) {
        return evaluator.evaluate(ruleset, theme, InputReader.read(ruleset, theme, body));
    }

    public Advice evaluate(Ruleset ruleset, CompiledTheme theme, EvaluationInput input) {
        return evaluator.evaluate(ruleset, theme, input);
    }

    /** The theme with every matter applicable and no answers: what its reform figures are computed from. */
    public Advice fullest(Ruleset ruleset, CompiledTheme theme) {
        return evaluator.fullest(ruleset, theme);
    }
}
