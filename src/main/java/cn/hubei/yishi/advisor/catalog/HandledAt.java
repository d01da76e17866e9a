package cn.hubei.yishi.advisor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where an applicant takes a theme: the jurisdiction and its service centre, with the hotline and the online
 * entrance. A provincial theme is handled in the applicant's city or county, so it needs that place first.
 *
 * @param place  the jurisdiction whose centre handles it; for a provincial theme, the one chosen (null until
 *               then)
 * @param centre the service centre, or null when the place lists none yet
 * @param province the province's entry, for its hotline and online entrance when no place is chosen yet
 */
public record HandledAt(Jurisdiction place, ServiceCentre centre, Jurisdiction province) {

    /** A place that can be chosen for a provincial theme, and the theme version it has, if any. */
    public record Choice(Jurisdiction place, Theme version) {
    }

    /**
     * @param theme  the theme being read
     * @param chosen the place the applicant chose (id or name), for a provincial theme; ignored otherwise
     */
    public static HandledAt of(Theme theme, String chosen, Map<String, Jurisdiction> jurisdictions) {
        Jurisdiction own = jurisdictions.get(theme.jurisdiction());
        Jurisdiction province = jurisdictions.values().stream().filter(Jurisdiction::province).findFirst()
                .orElse(own);
        if (own != null && !own.province()) {
            return new HandledAt(own, own.centre(theme.centre()), province);
        }
        Jurisdiction place = find(chosen, jurisdictions);
        if (place == null || place.province()) {
            return new HandledAt(null, null, own);
        }
        return new HandledAt(place, place.centre(""), own);
    }

    /** Whether the applicant must still say where they apply: a provincial theme with no place chosen. */
    public boolean needsPlace() {
        return place == null;
    }

    /** Hotline to call: the place's, or the province's. */
    public String hotline() {
        String h = place == null || place.hotline().isEmpty() ? (province == null ? "" : province.hotline())
                : place.hotline();
        return h.isEmpty() ? "12345" : h;
    }

    /** Where to apply online: the place's, or the province's. */
    public String online() {
        return place != null && !place.online().isEmpty() ? place.online() : province == null ? "" : province.online();
    }

    /**
     * The places a provincial theme can be taken to, in display order: each with its own version of the theme
     * (same {@code themes/} directory) where it has one.
     */
    public static List<Choice> choices(Theme theme, List<Theme> all, Map<String, Jurisdiction> jurisdictions) {
        List<Choice> choices = new ArrayList<>();
        for (Jurisdiction j : jurisdictions.values()) {
            if (j.province() || j.name().equals(theme.jurisdiction())) {
                continue;
            }
            Theme version = theme.family().isEmpty() ? null : all.stream()
                    .filter(t -> t.family().equals(theme.family()) && t.jurisdiction().equals(j.name()))
                    .findFirst().orElse(null);
            choices.add(new Choice(j, version));
        }
        return choices;
    }

    private static Jurisdiction find(String chosen, Map<String, Jurisdiction> jurisdictions) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        String c = chosen.strip();
        for (Jurisdiction j : jurisdictions.values()) {
            if (j.id().equals(c) || j.name().equals(c)) {
                return j;
            }
        }
        return null;
    }
}
