package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.facts.Applies;
import cn.hubei.yishi.advisor.facts.Ask;
import cn.hubei.yishi.advisor.facts.NotApplicable;
import cn.hubei.yishi.advisor.facts.Requires;
import cn.hubei.yishi.advisor.facts.TimeLimit;
import cn.hubei.yishi.advisor.facts.Unmet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The facts one session's rules inserted, in the order they were inserted (which follows the order
 * rules are written in), and the names of the rules that fired. One instance per session.
 */
final class RuleOutcome extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    final Set<String> asked = new LinkedHashSet<>();
    final Map<String, List<String>> applies = new LinkedHashMap<>();
    final Map<String, List<String>> notApplicable = new LinkedHashMap<>();
    final List<Unmet> unmet = new ArrayList<>();
    final List<Requires> requires = new ArrayList<>();
    /** Time limits rules set for this case, by matter: the longest when several. */
    final Map<String, Integer> timeLimits = new LinkedHashMap<>();
    final Set<String> fired = new LinkedHashSet<>();
    String lastFired = "";
    private final List<Object> inserted = new ArrayList<>();
    private final Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = event.getMatch().getRule().getName();
        fired.add(lastFired);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        inserted.add(event.getObject());
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
