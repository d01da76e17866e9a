package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.facts.Answer;
import cn.hubei.yishi.advisor.facts.Applies;
import cn.hubei.yishi.advisor.facts.Ask;
import cn.hubei.yishi.advisor.facts.Flag;
import cn.hubei.yishi.advisor.facts.NotApplicable;
import cn.hubei.yishi.advisor.facts.Requires;
import cn.hubei.yishi.advisor.facts.TimeLimit;
import cn.hubei.yishi.advisor.facts.Unmet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * The facts one session's rules inserted, in the order they were inserted (which follows the order
 * rules are written in), and the names of the rules that fired. One instance per session.
 *
 * <p>It also keeps why each question was asked: the answers that the match of the rule inserting its
 * {@code Ask} read, directly or through the facts that match used ({@code Flag}, {@code Applies} …,
 * each traced to the answers behind the rule that inserted it). The form shows a question after the
 * question whose answer made it appear.
 */
final class RuleOutcome extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    final Set<String> asked = new LinkedHashSet<>();
    /** The classifications ({@code Flag}) that hold, e.g. an electronic licence being retrievable. */
    final Set<String> flags = new LinkedHashSet<>();
    final Map<String, List<String>> applies = new LinkedHashMap<>();
    final Map<String, List<String>> notApplicable = new LinkedHashMap<>();
    final List<Unmet> unmet = new ArrayList<>();
    final List<Requires> requires = new ArrayList<>();
    /** Time limits rules set for this case, by matter: the longest when several. */
    final Map<String, Integer> timeLimits = new LinkedHashMap<>();
    final Set<String> fired = new LinkedHashSet<>();
    /** Per asked question, the answer keys that made a rule ask it; empty when some rule asks it unconditionally. */
    final Map<String, Set<String>> askedBecause = new LinkedHashMap<>();
    String lastFired = "";
    private final List<Object> inserted = new ArrayList<>();
    private final Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The answer keys behind each fact a rule inserted. */
    private final Map<Object, Set<String>> because = new IdentityHashMap<>();
    private Match firing;
    private Set<String> firingBecause;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        firingBecause = null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = event.getMatch().getRule().getName();
        fired.add(lastFired);
        firing = null;
        firingBecause = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        inserted.add(fact);
        if (firing != null && !(fact instanceof Answer)) {
            if (firingBecause == null) {
                firingBecause = answersBehind(firing.getObjects());
            }
            because.put(fact, firingBecause);
        }
    }

    /** The answers a match read: its Answer facts, and the answers behind the other facts it matched. */
    private Set<String> answersBehind(List<Object> matched) {
        Set<String> keys = new LinkedHashSet<>();
        for (Object o : matched) {
            if (o instanceof Answer a) {
                keys.add(a.getKey());
            } else if (o != null) {
                Set<String> behind = because.get(o);
                if (behind != null) {
                    keys.addAll(behind);
                }
            }
        }
        return keys;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Outcome facts are immutable records; an update changes nothing we read.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A retraction, or truth maintenance withdrawing a logical insert: the fact no longer holds.
        deleted.add(event.getOldObject());
    }

    /** Reads the outcome from the facts inserted and not deleted, in insertion order. */
    void collect() {
        for (Object fact : inserted) {
            if (!deleted.isEmpty() && deleted.contains(fact)) {
                continue;
            }
            if (fact instanceof Ask a) {
                asked.add(a.question());
                Set<String> why = because.getOrDefault(fact, Set.of());
                Set<String> known = askedBecause.get(a.question());
                if (known == null) {
                    askedBecause.put(a.question(), new LinkedHashSet<>(why));
                } else if (!known.isEmpty()) {
                    // Asked for several reasons: after all of them; asked unconditionally anywhere: first-level.
                    if (why.isEmpty()) {
                        known.clear();
                    } else {
                        known.addAll(why);
                    }
                }
            } else if (fact instanceof Applies a) {
                addReason(applies, a.matter(), a.reason());
            } else if (fact instanceof NotApplicable n) {
                addReason(notApplicable, n.matter(), n.reason());
            } else if (fact instanceof Unmet u) {
                if (!unmet.contains(u)) {
                    unmet.add(u);
                }
            } else if (fact instanceof Requires r) {
                requires.add(r);
            } else if (fact instanceof Flag f) {
                flags.add(f.name());
            } else if (fact instanceof TimeLimit t) {
                timeLimits.merge(t.matter(), Math.max(0, t.days()), Math::max);
            }
        }
    }

    private static void addReason(Map<String, List<String>> map, String matter, String reason) {
        List<String> reasons = map.computeIfAbsent(matter, k -> new ArrayList<>(2));
        if (reason != null && !reason.isBlank() && !reasons.contains(reason)) {
            reasons.add(reason);
        }
    }
}
