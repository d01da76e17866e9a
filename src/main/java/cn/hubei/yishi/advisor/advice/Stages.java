package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.hubei.yishi.advisor.advice.Advice.MatterRef;
import cn.hubei.yishi.advisor.advice.Advice.StageView;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import cn.hubei.yishi.advisor.facts.Requires;
import cn.hubei.yishi.advisor.rules.Ruleset;

/**
 * Which applicable matters wait for which, and so the bundle's promised time: the longest path through
 * that order, not the longest matter.
 *
 * <ul>
 *   <li>A matter waits for the matters its theme lists in {@code after} (初审 before 复审), when they apply.</li>
 *   <li>A matter that requires a certificate another applicable matter of the theme issues (营业执照 from
 *       企业设立登记) waits for that matter.</li>
 *   <li>Matters that wait for nothing start together on acceptance; a stage is the matters that start on the
 *       same day.</li>
 *   <li>A matter without a 承诺时限 counts as 0 days on the path.</li>
 * </ul>
 */
final class Stages {

    /** One applicable matter placed on the path, in working days from acceptance. */
    record Placed(ThemeMatter matter, List<ThemeMatter> waitsFor, int startsAfter, int endsBy, Integer limit) {
    }

    final Map<String, Placed> placed = new LinkedHashMap<>();
    final List<StageView> stages = new ArrayList<>();
    /** The longest path; null when no applicable matter has a 承诺时限. */
    final Integer total;

    private Stages(Integer total) {
        this.total = total;
    }

    static Stages of(Ruleset ruleset, Theme theme, RuleOutcome outcome) {
        List<ThemeMatter> applicable = theme.matters().stream()
                .filter(tm -> outcome.applies.containsKey(tm.matterId())).toList();
        Map<String, ThemeMatter> byId = new LinkedHashMap<>();
        applicable.forEach(tm -> byId.put(tm.matterId(), tm));
        Map<String, String> producer = new LinkedHashMap<>();
        for (ThemeMatter tm : applicable) {
            ruleset.matters().get(tm.matterId()).produces().forEach(m -> producer.putIfAbsent(m, tm.matterId()));
        }
        Map<String, Set<String>> waits = new LinkedHashMap<>();
        for (ThemeMatter tm : applicable) {
            Set<String> before = new LinkedHashSet<>();
            tm.after().stream().filter(byId::containsKey).forEach(before::add);
            for (Requires r : outcome.requires) {
                String from = producer.get(r.getMaterial());
                if (r.getMatter().equals(tm.matterId()) && from != null && !from.equals(tm.matterId())) {
                    before.add(from);
                }
            }
            waits.put(tm.matterId(), before);
        }
        Map<String, Integer> end = new LinkedHashMap<>();
        boolean anyLimit = applicable.stream().anyMatch(tm -> limit(ruleset, outcome, tm.matterId()) != null);
        for (ThemeMatter tm : applicable) {
            finish(tm.matterId(), ruleset, outcome, waits, end, new LinkedHashSet<>());
        }
        Integer total = anyLimit ? end.values().stream().mapToInt(Integer::intValue).max().orElse(0) : null;
        Stages s = new Stages(total);
        TreeMap<Integer, List<MatterRef>> byStart = new TreeMap<>();
        Map<Integer, Integer> stageEnd = new LinkedHashMap<>();
        for (ThemeMatter tm : applicable) {
            Integer limit = limit(ruleset, outcome, tm.matterId());
            int endsBy = end.get(tm.matterId());
            int startsAfter = endsBy - (limit == null ? 0 : limit);
            List<ThemeMatter> before = waits.get(tm.matterId()).stream().map(byId::get).toList();
            s.placed.put(tm.matterId(), new Placed(tm, before, startsAfter, endsBy, limit));
            byStart.computeIfAbsent(startsAfter, k -> new ArrayList<>()).add(new MatterRef(tm.matterId(), tm.name()));
            stageEnd.merge(startsAfter, endsBy, Math::max);
        }
        int n = 1;
        for (Map.Entry<Integer, List<MatterRef>> e : byStart.entrySet()) {
            s.stages.add(new StageView(n++, e.getKey(), stageEnd.get(e.getKey()), List.copyOf(e.getValue())));
        }
        return s;
    }

    /** The day {@code id} ends on, after everything it waits for; an order that loops is cut where it closes. */
    private static int finish(String id, Ruleset ruleset, RuleOutcome outcome, Map<String, Set<String>> waits,
            Map<String, Integer> end, Set<String> path) {
        Integer known = end.get(id);
        if (known != null) {
            return known;
        }
        path.add(id);
        int start = 0;
        for (String before : waits.get(id)) {
            if (!path.contains(before)) {
                start = Math.max(start, finish(before, ruleset, outcome, waits, end, path));
            }
        }
        path.remove(id);
        Integer limit = limit(ruleset, outcome, id);
        int e = start + (limit == null ? 0 : limit);
        end.put(id, e);
        return e;
    }

    /** A matter's 承诺时限 for this case: a rule's {@code TimeLimit}, else the definition's; null when neither. */
    static Integer limit(Ruleset ruleset, RuleOutcome outcome, String matterId) {
        Integer set = outcome.timeLimits.get(matterId);
        return set != null ? set : ruleset.matters().get(matterId).timeLimitDays();
    }

    /** The number of the stage that starts on that day. */
    int stageOf(int startsAfter) {
        for (StageView v : stages) {
            if (v.startsAfter() == startsAfter) {
                return v.number();
            }
        }
        return 1;
    }
}
