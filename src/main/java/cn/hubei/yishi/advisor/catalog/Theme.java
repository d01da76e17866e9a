package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/**
 * A theme (一件事) as one jurisdiction runs it.
 *
 * @param cooperatingText the cooperating departments exactly as the notice words them
 * @param jointForm       name of the theme's joint application form (一表申请), or empty
 * @param source          the notice and table the entry comes from
 * @param family          the directory under {@code themes/} it shares with the province's and other places'
 *                        versions of the same theme
 * @param centre          the id of the service centre that handles it, or empty for its jurisdiction's first
 */
public record Theme(
        String id,
        String name,
        String jurisdiction,
        String category,
        String leadDepartment,
        List<String> cooperatingDepartments,
        String cooperatingText,
        List<String> aliases,
        String jointForm,
        String source,
        List<ThemeMatter> matters,
        String family,
        String centre) {

    public ThemeMatter matter(String matterId) {
        for (ThemeMatter m : matters) {
            if (m.matterId().equals(matterId)) {
                return m;
            }
        }
        return null;
    }

    /** Collects a theme's fields while its file is read. */
    public static final class Builder {
        private String id;
        private String name;
        private String jurisdiction;
        private String category;
        private String leadDepartment;
        private List<String> cooperatingDepartments = List.of();
        private String cooperatingText = "";
        private List<String> aliases = List.of();
        private String jointForm = "";
        private String source = "";
        private List<ThemeMatter> matters = List.of();
        private String family = "";
        private String centre = "";

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder jurisdiction(String v) { jurisdiction = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder leadDepartment(String v) { leadDepartment = v; return this; }
        public Builder cooperatingDepartments(List<String> v) { cooperatingDepartments = List.copyOf(v); return this; }
        public Builder cooperatingText(String v) { cooperatingText = v; return this; }
        public Builder aliases(List<String> v) { aliases = List.copyOf(v); return this; }
        public Builder jointForm(String v) { jointForm = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder matters(List<ThemeMatter> v) { matters = List.copyOf(v); return this; }
        public Builder family(String v) { family = v; return this; }
        public Builder centre(String v) { centre = v; return this; }

        public Theme build() {
            return new Theme(id, name, jurisdiction, category, leadDepartment, cooperatingDepartments,
                    cooperatingText, aliases, jointForm, source, matters, family, centre);
        }
    }
}
