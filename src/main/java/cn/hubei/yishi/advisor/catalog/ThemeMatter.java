package cn.hubei.yishi.advisor.catalog;

/**
 * A matter as a theme lists it: the name the notice uses, the local department, 镇级事项, notes.
 */
public record ThemeMatter(String matterId, String name, String department, boolean townLevel, String notes) {
}
