package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/**
 * A matter as a theme lists it: the name the notice uses, the local department, 镇级事项, notes.
 *
 * @param after matters of the theme that must be done before this one starts (初审 before 复审); a matter
 *              that needs a certificate another matter of the theme issues waits for it without being told
 */
public record ThemeMatter(String matterId, String name, String department, boolean townLevel, String notes,
        List<String> after) {

    public ThemeMatter {
        after = after == null ? List.of() : List.copyOf(after);
    }

    public ThemeMatter(String matterId, String name, String department, boolean townLevel, String notes) {
        this(matterId, name, department, townLevel, notes, List.of());
    }
}
