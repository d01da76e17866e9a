package cn.hubei.yishi.advisor.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds themes by a word an applicant types: any part of the name or of an alias
 * (公民身后 finds 居民身故一件事（公民身后）; 饭店 finds 我要开饭店). Provincial themes first.
 */
public final class ThemeSearch {

    private ThemeSearch() {
    }

    public static List<Theme> search(List<Theme> themes, String query) {
        List<Theme> sorted = new ArrayList<>(themes);
        sorted.sort(Comparator.comparingInt(ThemeSearch::jurisdictionRank));
        String q = normalize(query);
        if (q.isEmpty()) {
            return sorted;
        }
        return sorted.stream().filter(t -> matches(t, q)).toList();
    }

    private static boolean matches(Theme t, String q) {
        if (normalize(t.name()).contains(q)) {
            return true;
        }
        for (String alias : t.aliases()) {
            if (normalize(alias).contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** The province's standard themes first, then the cities in the order of the seed notices. */
    private static final List<String> JURISDICTIONS = List.of("湖北省", "天门市", "洪湖市");

    private static int jurisdictionRank(Theme t) {
        int rank = JURISDICTIONS.indexOf(t.jurisdiction());
        return rank < 0 ? JURISDICTIONS.size() : rank;
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s“”\"（）()]", "").toLowerCase(Locale.ROOT);
    }
}
