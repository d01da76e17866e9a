package cn.hubei.yishi.advisor.advice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import org.springframework.stereotype.Service;

/**
 * Every theme's reform figures for its fullest situation ({@link ReformFigures#FULLEST}), computed once per
 * ruleset version: the table of all themes then costs a map lookup, and a newly published ruleset gets its
 * own figures on first use.
 */
@Service
public class ThemeFigures {

    private final AdviceService advice;
    private volatile Computed computed;

    public ThemeFigures(AdviceService advice) {
        this.advice = advice;
    }

    private record Computed(String version, Map<String, ReformFigures> byTheme) {
    }

    /** The figures of every theme of the ruleset, in catalog order. */
    public Map<String, ReformFigures> all(Ruleset ruleset) {
        Computed c = computed;
        if (c != null && c.version().equals(ruleset.version())) {
            return c.byTheme();
        }
        synchronized (this) {
            c = computed;
            if (c == null || !c.version().equals(ruleset.version())) {
                Map<String, ReformFigures> byTheme = new LinkedHashMap<>();
                for (CompiledTheme theme : ruleset.themes().values()) {
                    byTheme.put(theme.theme().id(), ReformFigures.of(advice.fullest(ruleset, theme),
                            ReformFigures.FULLEST));
                }
                c = new Computed(ruleset.version(), Collections.unmodifiableMap(byTheme));
                computed = c;
            }
            return c.byTheme();
        }
    }

    /** One theme's figures, or null when the ruleset has no such theme. */
    public ReformFigures of(Ruleset ruleset, String themeId) {
        return all(ruleset).get(themeId);
    }
}
