package cn.hubei.yishi.advisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds themes by a word an applicant types: any part of the name or of an alias
 * (公民身后 finds 居民身故一件事（公民身后）; 饭店 finds 我要开饭店), in the jurisdictions' display order.
 */
public final class ThemeSearch {

    private ThemeSearch() {
    }

    /**
     * @param jurisdictions jurisdictions in display order ({@code rules/jurisdictions.yaml}) with the other names
     *                      they are known by: typing a jurisdiction's name (天门) finds its themes. Themes of a
     *                      jurisdiction not listed come last.
     */
    public static List<Theme> search(List<Theme> themes, String query, Map<String, List<String>> jurisdictions) {
        List<String> order = new ArrayList<>(jurisdictions.keySet());
        List<Theme> sorted = new ArrayList<>(themes);
        sorted.sort(Comparator.comparingInt(t -> {
            int rank = order.indexOf(t.jurisdiction());
            return rank < 0 ? order.size() : rank;
        }));
        String q = normalize(query);
        if (q.isEmpty()) {
            return sorted;
        }
        return sorted.stream().filter(t -> matches(t, q, jurisdictions.getOrDefault(t.jurisdiction(), List.of())))
                .toList();
    }

    private static boolean matches(Theme t, String q, List<String> jurisdictionNames) {
        if (normalize(t.name()).contains(q) || normalize(t.jurisdiction()).equals(q)) {
            return true;
        }
        for (String name : jurisdictionNames) {
            if (normalize(name).equals(q)) {
                return true;
            }
        }
        for (String alias : t.aliases()) {
            if (normalize(alias).contains(q)) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s“”\"（）()]", "").toLowerCase(Locale.ROOT);
    }
}
