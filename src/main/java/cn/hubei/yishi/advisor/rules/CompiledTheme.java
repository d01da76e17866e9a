package cn.hubei.yishi.advisor.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import org.kie.api.KieBase;

/**
 * A theme ready to evaluate: its own KieBase, so that one theme neither slows down nor breaks another.
 *
 * @param questions            every question the theme's rules can ask, in the order they are asked
 * @param conditionalQuestions keys of the questions asked only after certain answers
 * @param files                the rule files compiled into the KieBase
 * @param version              content hash of those files
 * @param compileMillis        how long building the KieBase took
 */
public record CompiledTheme(
        Theme theme,
        KieBase kieBase,
        List<QuestionDef> questions,
        Set<String> conditionalQuestions,
        List<String> files,
        int ruleCount,
        String version,
        long compileMillis) {

    CompiledTheme withCompileMillis(long millis) {
        return new CompiledTheme(theme, kieBase, questions, conditionalQuestions, files, ruleCount, version, millis);
    }

    public Map<String, QuestionDef> questionsByKey() {
        Map<String, QuestionDef> byKey = new java.util.LinkedHashMap<>();
        for (QuestionDef q : questions) {
            byKey.put(q.key(), q);
        }
        return byKey;
    }
}
