package cn.hubei.yishi.advisor.advice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.hubei.yishi.advisor.advice.Advice.MatterView;
import cn.hubei.yishi.advisor.advice.Advice.QuestionView;
import cn.hubei.yishi.advisor.advice.Advice.UnmetView;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import cn.hubei.yishi.advisor.facts.Answer;
import cn.hubei.yishi.advisor.facts.Applies;
import cn.hubei.yishi.advisor.facts.Unmet;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a theme for one applicant: a fresh session per run, a cap on rule firings, the outcome
 * read from the facts the rules inserted.
 *
 * <p>An answer to a question that the other answers do not ask (the applicant changed an earlier
 * answer) is left out and the theme evaluated again, so a stale answer never decides anything.
 */
public final class Evaluator {

    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);
    private static final int MAX_PASSES = 5;

    /** Far beyond any theme's evaluation (tens of microseconds); past it, rules are running away. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMillis(500);

    private final int maxFirings;
    private final long deadlineNanos;

    public Evaluator(int maxFirings) {
        this(maxFirings, DEFAULT_DEADLINE);
    }

    /** @param deadline the longest one evaluation may run: past it the session is halted and the request refused */
    public Evaluator(int maxFirings, Duration deadline) {
        this.maxFirings = maxFirings;
        this.deadlineNanos = deadline.toNanos();
    }

    public Advice evaluate(Ruleset ruleset, CompiledTheme theme, EvaluationInput input) {
        return evaluate(ruleset, theme, input, answers -> fire(theme, answers));
    }

    /** The evaluation with the theme's decisions made by {@code decide}: the rules, or a stand-in for them. */
    Advice evaluate(Ruleset ruleset, CompiledTheme theme, EvaluationInput input,
            Function<Map<String, Object>, RuleOutcome> decide) {
        Map<String, Object> used = input.answers();
        RuleOutcome outcome = decide.apply(used);
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            Map<String, Object> asked = new LinkedHashMap<>();
            for (Map.Entry<String, Object> answer : used.entrySet()) {
                if (outcome.asked.contains(answer.getKey())) {
                    asked.put(answer.getKey(), answer.getValue());
                }
            }
            if (asked.size() == used.size()) {
                break;
            }
            used = asked;
            outcome = decide.apply(used);
        }
        return assemble(ruleset, theme, input, used, outcome);
    }

    /** The reason the fullest situation gives every matter (see {@link #fullest}). */
    static final String EVERY_MATTER = "按主题全部事项计";

    /**
     * The theme's fullest situation: no answers, and every matter of the theme made applicable, so each matter's
     * rules add what it asks whatever the answers (its {@code requires:} and rules that read no answer).
     * The reform figures of a theme as a whole ({@link ReformFigures#FULLEST}) come from it.
     */
    public Advice fullest(Ruleset ruleset, CompiledTheme theme) {
        List<Object> every = theme.theme().matters().stream()
                .<Object>map(tm -> new Applies(tm.matterId(), EVERY_MATTER)).toList();
        return assemble(ruleset, theme, EvaluationInput.empty(), Map.of(), fire(theme, Map.of(), every));
    }

    /** Runs the theme's rules once over the given answers. */
    RuleOutcome fire(CompiledTheme theme, Map<String, Object> answers) {
        return fire(theme, answers, List.of());
    }

    /** Runs the theme's rules once over the given answers and facts stated beforehand. */
    private RuleOutcome fire(CompiledTheme theme, Map<String, Object> answers, List<Object> given) {
        RuleOutcome outcome = new RuleOutcome();
        KieSession session = theme.newSession();
        Deadline deadline = new Deadline(session, System.nanoTime() + deadlineNanos);
        session.addEventListener((AgendaEventListener) outcome);
        session.addEventListener((RuleRuntimeEventListener) outcome);
        session.addEventListener(deadline);
        try {
            answers.forEach((key, value) -> session.insert(new Answer(key, value)));
            given.forEach(session::insert);
            int fired = session.fireAllRules(maxFirings);
            if (deadline.passed()) {
                log.error("Theme {}: evaluation passed its deadline of {} ms; last rule fired: {}",
                        theme.theme().id(), deadlineNanos / 1_000_000, outcome.lastFired);
                throw new EvaluationTimeoutException(outcome.lastFired);
            }
            if (fired >= maxFirings) {
                log.error("Theme {}: rule firings reached the cap of {}; last rule fired: {}",
                        theme.theme().id(), maxFirings, outcome.lastFired);
                throw new RuleExecutionException(outcome.lastFired,
                        "规则执行次数超过上限 " + maxFirings + "，规则「" + outcome.lastFired + "」可能在循环触发", null);
            }
            outcome.collect();
            return outcome;
        } catch (ConsequenceException e) {
            String rule = e.getRule() == null ? outcome.lastFired : e.getRule().getName();
            log.error("Theme {}: rule '{}' threw", theme.theme().id(), rule, e.getCause());
            throw new RuleExecutionException(rule, "规则「" + rule + "」执行出错", e);
        } catch (RuleExecutionException | EvaluationTimeoutException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Theme {}: evaluation failed after rule '{}'", theme.theme().id(), outcome.lastFired, e);
            throw new RuleExecutionException(outcome.lastFired, "规则条件计算出错：" + e.getMessage(), e);
        } finally {
            // A pooled session keeps its listeners across reset: take ours off before handing it back.
            session.removeEventListener((AgendaEventListener) outcome);
            session.removeEventListener((RuleRuntimeEventListener) outcome);
            session.removeEventListener(deadline);
            session.dispose();
        }
    }

    /** Halts the session at the first firing past the deadline: fireAllRules then returns. */
    private static final class Deadline extends DefaultAgendaEventListener {
        private final KieSession session;
        private final long at;
        private volatile boolean passed;

        Deadline(KieSession session, long at) {
            this.session = session;
            this.at = at;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (System.nanoTime() > at) {
                passed = true;
                session.halt();
            }
        }

        boolean passed() {
            return passed || System.nanoTime() > at;
        }
    }

    Advice assemble(Ruleset ruleset, CompiledTheme compiled, EvaluationInput input,
            Map<String, Object> used, RuleOutcome outcome) {
        List<String> inThemeOrder = new ArrayList<>();
        for (QuestionDef q : compiled.questions()) {
            if (outcome.asked.contains(q.key())) {
                inThemeOrder.add(q.key());
            }
        }
        // What an answer reveals is asked next to it.
        QuestionOrder order = QuestionOrder.arrange(inThemeOrder, outcome.askedBecause);
        List<String> asked = order.keys();
        Map<String, QuestionDef> byKey = compiled.questionsByKey();
        List<QuestionView> pending = new ArrayList<>();
        for (String key : asked) {
            if (!used.containsKey(key)) {
                pending.add(QuestionView.of(byKey.get(key), compiled.conditionalQuestions().contains(key),
                        order.parentOf().get(key)));
            }
        }
        boolean complete = pending.isEmpty();

        List<MatterView> matters = new ArrayList<>();
        Stages stages = Stages.of(ruleset, compiled.theme(), outcome);
        for (ThemeMatter tm : compiled.theme().matters()) {
            MatterDef def = ruleset.matters().get(tm.matterId());
            boolean applies = outcome.applies.containsKey(tm.matterId());
            List<String> reasons = applies ? outcome.applies.get(tm.matterId())
                    : outcome.notApplicable.getOrDefault(tm.matterId(), List.of());
            boolean decided = applies || complete || !reasons.isEmpty();
            if (reasons.isEmpty()) {
                reasons = List.of(applies ? "本主题必办事项"
                        : complete ? "根据您的回答，无需办理此事项" : "请先回答表单中的问题，再确定是否需要办理");
            }
            // A rule's TimeLimit (e.g. 备案 即办 where the same matter's 验收 takes 15 days) replaces the definition's.
            Integer days = applies ? Stages.limit(ruleset, outcome, tm.matterId()) : def.timeLimitDays();
            Stages.Placed p = stages.placed.get(tm.matterId());
            Advice.Schedule schedule = p == null ? null : new Advice.Schedule(stages.stageOf(p.startsAfter()),
                    p.waitsFor().stream().map(ThemeMatter::name).toList(), p.startsAfter(), p.endsBy());
            matters.add(new MatterView(tm.matterId(), tm.name(), tm.department(), tm.townLevel(), tm.notes(),
                    applies, decided, List.copyOf(reasons), def.legalBasis(), days, schedule));
        }

        // In the theme's matter order, as the applicant reads the matters.
        List<UnmetView> unmet = new ArrayList<>();
        for (ThemeMatter tm : compiled.theme().matters()) {
            if (!outcome.applies.containsKey(tm.matterId())) {
                continue;
            }
            for (Unmet u : outcome.unmet) {
                if (u.matter().equals(tm.matterId())) {
                    unmet.add(new UnmetView(u.matter(), tm.name(), u.message(), u.basis()));
                }
            }
        }
        boolean eligible = complete && unmet.isEmpty();
        String eligibilityText = !complete ? "还有问题未回答，暂不能判断是否符合受理条件"
                : eligible ? "符合受理条件" : "不符合受理条件，原因见 unmetConditions";

        OneSet oneSet = OneSet.merge(ruleset, compiled.theme(), outcome, input.submittedMaterials());
        List<String> ignored = input.answers().keySet().stream().filter(k -> !used.containsKey(k)).toList();
        return new Advice(compiled.theme().id(), compiled.theme().name(), ruleset.version(), compiled.version(),
                complete, pending, asked, eligible, eligibilityText, unmet, matters, oneSet.materials(),
                oneSet.missing(), stages.total, List.copyOf(stages.stages), ignored, List.copyOf(outcome.fired));
    }
}
