package cn.hubei.yishi.advisor.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A theme ready to evaluate: a KieBase of its own rule files, so that one theme neither slows down nor breaks
 * another; the versions of a theme whose rule files are the same (they differ only in their data) share it.
 *
 * @param questions            every question the theme's rules can ask, in the order they are asked
 * @param conditionalQuestions keys of the questions asked only after certain answers
 * @param files                the rule files compiled into the KieBase
 * @param version              content hash of those files
 * @param compileMillis        how long building the KieBase took (by whichever version built it)
 * @param sessions             reusable sessions of the KieBase
 */
public record CompiledTheme(
        Theme theme,
        KieBase kieBase,
        List<QuestionDef> questions,
        Set<String> conditionalQuestions,
        List<String> files,
        int ruleCount,
        String version,
        long compileMillis,
        KieSessionsPool sessions) {

    /**
     * A session for one evaluation, from the theme's pool: creating a session costs more than running
     * the rules. {@code dispose()} resets it and returns it to the pool.
     */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public Map<String, QuestionDef> questionsByKey() {
        Map<String, QuestionDef> byKey = new java.util.LinkedHashMap<>();
        for (QuestionDef q : questions) {
            byKey.put(q.key(), q);
        }
        return byKey;
    }
}
