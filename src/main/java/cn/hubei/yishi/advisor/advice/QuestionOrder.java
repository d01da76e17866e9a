package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order the form shows the asked questions in: the theme's order (the order its rules are written
 * in), except that a question asked because of an answer comes directly after the question whose answer
 * made it appear, so that what an answer reveals appears next to it. A question that depends on several
 * answers comes after the last of them.
 *
 * @param keys     the asked question keys in order
 * @param parentOf for a question placed after the question it depends on, that question's key
 */
record QuestionOrder(List<String> keys, Map<String, String> parentOf) {

    /**
     * @param asked   the asked question keys in the theme's order
     * @param because per question, the answer keys that made a rule ask it (see {@link RuleOutcome#askedBecause})
     */
    static QuestionOrder arrange(List<String> asked, Map<String, Set<String>> because) {
        Set<String> present = new HashSet<>(asked);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (String key : asked) {
            Set<String> own = new LinkedHashSet<>();
            for (String p : because.getOrDefault(key, Set.of())) {
                if (present.contains(p) && !p.equals(key)) {
                    own.add(p);
                    children.computeIfAbsent(p, k -> new ArrayList<>()).add(key);
                }
            }
            parents.put(key, own);
        }
        QuestionOrder order = new QuestionOrder(new ArrayList<>(asked.size()), new LinkedHashMap<>());
        Set<String> placed = new HashSet<>();
        for (String key : asked) {
            if (parents.get(key).isEmpty() && !placed.contains(key)) {
                order.place(key, placed, parents, children);
            }
        }
        // Questions that depend on each other in a circle: where the theme puts them.
        for (String key : asked) {
            if (!placed.contains(key)) {
                order.place(key, placed, parents, children);
            }
        }
        return new QuestionOrder(List.copyOf(order.keys), Map.copyOf(order.parentOf));
    }

    private void place(String key, Set<String> placed, Map<String, Set<String>> parents,
            Map<String, List<String>> children) {
        placed.add(key);
        keys.add(key);
        for (String child : children.getOrDefault(key, List.of())) {
            if (!placed.contains(child) && placed.containsAll(parents.get(child))) {
                parentOf.put(child, key);
                place(child, placed, parents, children);
            }
        }
    }
}
