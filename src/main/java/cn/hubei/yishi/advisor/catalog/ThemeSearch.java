package cn.hubei.yishi.advisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds themes by what an applicant types: any part of the name or of an alias
 * (公民身后 finds 居民身故一件事（公民身后）; 饭店 finds 我要开饭店), or an everyday word of
 * {@code rules/search.yaml} (奶茶 finds 我要开饭店). A jurisdiction's name typed alone finds its themes;
 * typed with a word (天门 开店, 洪湖奶茶) it keeps that jurisdiction's themes the word finds.
 *
 * <p>Ranking: the name contains what was typed, then an alias does, then themes found by an everyday word
 * (in the order its {@code finds} lists them, a name before an alias); within each, the jurisdictions'
 * display order, then catalog order.
 */
public final class ThemeSearch {

    private ThemeSearch() {
    }

    /** Search without everyday words. */
    public static List<Theme> search(List<Theme> themes, String query, Map<String, Jurisdiction> jurisdictions) {
        return search(themes, query, jurisdictions, List.of());
    }

    /**
     * @param jurisdictions jurisdictions in display order ({@code rules/jurisdictions.yaml}) with the other names
     *                      they are known by: typing a jurisdiction's name (天门) finds its themes. Themes of a
     *                      jurisdiction not listed come last.
     * @param synonyms      everyday words ({@code rules/search.yaml}): a query containing one of a synonym's
     *                      words also finds the themes whose name or an alias contains one of its finds
     */
    public static List<Theme> search(List<Theme> themes, String query, Map<String, Jurisdiction> places,
            List<Synonym> synonyms) {
        Map<String, List<String>> jurisdictions = new LinkedHashMap<>();
        places.forEach((name, j) -> jurisdictions.put(name, j.aliases()));
        Map<String, Integer> order = new HashMap<>();
        for (String name : jurisdictions.keySet()) {
            order.put(name, order.size());
        }
        List<Theme> sorted = new ArrayList<>(themes);
        sorted.sort(Comparator.comparingInt(t -> order.getOrDefault(t.jurisdiction(), order.size())));
        String q = normalize(query);
        if (q.isEmpty()) {
            return sorted;
        }
        // A place typed as its own word (天门 开店), or the whole query a place (天门).
        String[] tokens = query.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String place = jurisdictionNamed(normalize(tokens[i]), jurisdictions);
            if (place != null) {
                StringBuilder rest = new StringBuilder();
                for (int j = 0; j < tokens.length; j++) {
                    if (j != i) {
                        rest.append(tokens[j]);
                    }
                }
                return find(sorted, place, normalize(rest.toString()), synonyms);
            }
        }
        List<Theme> found = find(sorted, null, q, synonyms);
        if (!found.isEmpty() && rank(found.get(0), q, List.of()) >= 0) {
            return found; // what was typed stands in a name or alias as it is
        }
        // Else a place written together with the word (天门开店, 奶茶洪湖市): longest name first.
        List<String[]> names = new ArrayList<>();
        jurisdictions.forEach((name, aliases) -> {
            names.add(new String[] {normalize(name), name});
            aliases.forEach(a -> names.add(new String[] {normalize(a), name}));
        });
        names.sort(Comparator.comparingInt((String[] n) -> -n[0].length()));
        for (String[] n : names) {
            if (n[0].isEmpty() || n[0].length() >= q.length()) {
                continue;
            }
            String rest = q.startsWith(n[0]) ? q.substring(n[0].length())
                    : q.endsWith(n[0]) ? q.substring(0, q.length() - n[0].length()) : null;
            if (rest != null) {
                List<Theme> there = find(sorted, n[1], rest, synonyms);
                if (!there.isEmpty()) {
                    return there;
                }
            }
        }
        return found;
    }

    /** The jurisdiction called {@code word} by its name or an alias, or null. */
    private static String jurisdictionNamed(String word, Map<String, List<String>> jurisdictions) {
        if (word.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, List<String>> j : jurisdictions.entrySet()) {
            if (normalize(j.getKey()).equals(word)) {
                return j.getKey();
            }
            for (String alias : j.getValue()) {
                if (normalize(alias).equals(word)) {
                    return j.getKey();
                }
            }
        }
        return null;
    }

    /** Themes of {@code place} (any when null) that {@code word} finds, ranked; all of the place's when empty. */
    private static List<Theme> find(List<Theme> sorted, String place, String word, List<Synonym> synonyms) {
        List<Theme> candidates = sorted.stream().filter(t -> place == null || place.equals(t.jurisdiction()))
                .toList();
        if (word.isEmpty()) {
            return candidates;
        }
        List<String> finds = expand(word, synonyms);
        // Every place's version of a theme has the same name and aliases: rank each pair once.
        Map<Names, Integer> memo = new HashMap<>();
        List<Ranked> found = new ArrayList<>();
        for (Theme t : candidates) {
            int r = memo.computeIfAbsent(new Names(t.name(), t.aliases()), k -> rank(t, word, finds));
            if (r >= 0) {
                found.add(new Ranked(t, r));
            }
        }
        // Stable: within a rank, the jurisdictions' order and then catalog order stay.
        found.sort(Comparator.comparingInt(Ranked::rank));
        return found.stream().map(Ranked::theme).toList();
    }

    private record Names(String name, List<String> aliases) {
    }

    private record Ranked(Theme theme, int rank) {
    }

    /** What the everyday words in {@code word} stand for, in the order of search.yaml, each once. */
    private static List<String> expand(String word, List<Synonym> synonyms) {
        Set<String> finds = new LinkedHashSet<>();
        for (Synonym s : synonyms) {
            for (String w : s.words()) {
                String n = normalize(w);
                if (!n.isEmpty() && word.contains(n)) {
                    s.finds().stream().map(ThemeSearch::normalize).filter(f -> !f.isEmpty()).forEach(finds::add);
                    break;
                }
            }
        }
        return new ArrayList<>(finds);
    }

    /**
     * 0 when the name contains the word, 1 when an alias does, 2 + 2i (name) or 3 + 2i (alias) when it contains
     * the i-th of {@code finds}; -1 when not found.
     */
    private static int rank(Theme t, String word, List<String> finds) {
        String name = normalize(t.name());
        if (name.contains(word)) {
            return 0;
        }
        List<String> aliases = t.aliases().stream().map(ThemeSearch::normalize).toList();
        if (aliases.stream().anyMatch(a -> a.contains(word))) {
            return 1;
        }
        for (int i = 0; i < finds.size(); i++) {
            String f = finds.get(i);
            if (name.contains(f)) {
                return 2 + 2 * i;
            }
            if (aliases.stream().anyMatch(a -> a.contains(f))) {
                return 3 + 2 * i;
            }
        }
        return -1;
    }

    /**
     * Without white space, quotation marks and brackets, in lower case. A loop, not a regular expression: it
     * runs for every theme's name and aliases on every search.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = Character.isWhitespace(c) || c == '“' || c == '”' || c == '"' || c == '（' || c == '）'
                    || c == '(' || c == ')';
            char lower = Character.toLowerCase(c);
            if (b == null && (drop || lower != c)) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null && !drop) {
                b.append(lower);
            }
        }
        return b == null ? text : b.toString();
    }
}
