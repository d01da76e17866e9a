package cn.hubei.yishi.advisor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.catalog.MaterialDef;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.Option;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.QuestionType;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import tools.jackson.databind.JsonNode;

/**
 * Reads the definitions (themes, matters, materials, questions) of the YAML data files, already checked
 * against their schemas; rule files hold none ({@link RuleLint} refuses a definition written as a rule).
 * Everything wrong is reported, nothing thrown.
 */
final class DefinitionReader {

    final Map<String, MatterDef> matters = new LinkedHashMap<>();
    final Map<String, MaterialDef> materials = new LinkedHashMap<>();
    final Map<String, QuestionDef> questions = new LinkedHashMap<>();
    /** Theme entries by id, with the file that holds each. */
    final Map<String, ThemeEntry> themes = new LinkedHashMap<>();
    final List<RuleProblem> problems = new ArrayList<>();
    /** Where each definition stands, to point at the first one when an id is defined twice. */
    private final Map<String, String> locations = new LinkedHashMap<>();

    /**
     * @param file    the file that defines the theme version
     * @param ownDrl  the DRL of this version alone, whether or not it exists
     * @param matterAt where each listed matter stands in {@code file}, in the theme's order
     */
    record ThemeEntry(Theme theme, String file, String ownDrl, List<DataFile.Position> matterAt) {
    }

    /** Reads a YAML data file already checked against its schema. */
    void read(DataFile file, DataSchemas.Kind kind) {
        JsonNode root = file.root();
        switch (kind) {
            case THEME -> readTheme(file, root);
            case MATTER -> {
                String id = root.path("id").asString();
                String expected = file.path().substring(file.path().lastIndexOf('/') + 1).replace(".yaml", "");
                if (!id.equals(expected)) {
                    problems.add(file.problem("/id", "事项编号 " + id + " 应与文件名 " + expected + ".yaml 相同"));
                    return;
                }
                Integer timeLimit = root.has("timeLimit") ? root.get("timeLimit").asInt() : null;
                String logic = file.path().replaceAll("\\.yaml$", ".drl");
                put(matters, id, new MatterDef(id, root.path("name").asString(), string(root, "legalBasis"), timeLimit,
                        strings(root.path("produces")), logic), file, "/id", "事项");
                readDefinitions(file, root);
            }
            case DEFINITIONS -> readDefinitions(file, root);
        }
    }

    private void readTheme(DataFile file, JsonNode root) {
        String path = file.path();
        List<ThemeMatter> listed = new ArrayList<>();
        List<DataFile.Position> at = new ArrayList<>();
        JsonNode matterNodes = root.path("matters");
        for (int i = 0; i < matterNodes.size(); i++) {
            JsonNode m = matterNodes.get(i);
            listed.add(new ThemeMatter(m.path("id").asString(), m.path("name").asString(), m.path("department").asString(),
                    "镇级事项".equals(string(m, "level")), string(m, "notes")));
            at.add(file.at("/matters/" + i + "/id"));
        }
        String cooperating = string(root, "cooperating");
        Theme theme = new Theme.Builder()
                .id(root.path("id").asString())
                .name(root.path("name").asString())
                .jurisdiction(root.path("jurisdiction").asString())
                .category(orDefault(string(root, "category"), "其他"))
                .leadDepartment(root.path("lead").asString())
                .cooperatingText(cooperating)
                .cooperatingDepartments(splitDepartments(cooperating))
                .aliases(strings(root.path("aliases")))
                .jointForm(string(root, "jointForm"))
                .source(string(root, "source"))
                .matters(listed)
                .build();
        if (themes.containsKey(theme.id())) {
            problems.add(file.problem("/id", "主题编号 " + theme.id() + " 重复，已在 "
                    + themes.get(theme.id()).file() + " 中定义"));
            return;
        }
        themes.put(theme.id(), new ThemeEntry(theme, path, path.replaceAll("\\.yaml$", ".drl"), List.copyOf(at)));
    }

    private void readDefinitions(DataFile file, JsonNode root) {
        JsonNode materialNodes = root.path("materials");
        for (int i = 0; i < materialNodes.size(); i++) {
            JsonNode m = materialNodes.get(i);
            String id = m.path("id").asString();
            put(materials, id, new MaterialDef(id, m.path("name").asString(),
                    orDefault(string(m, "category"), "其他材料"), string(m, "issuer"), string(m, "eLicence"),
                    m.path("waivable").asBoolean(false), m.path("applicationForm").asBoolean(false),
                    string(m, "notes")), file, "/materials/" + i + "/id", "材料");
        }
        JsonNode questionNodes = root.path("questions");
        for (int i = 0; i < questionNodes.size(); i++) {
            JsonNode q = questionNodes.get(i);
            String pointer = "/questions/" + i;
            QuestionType type = QuestionType.parse(q.path("type").asString());
            List<Option> options = new ArrayList<>();
            for (JsonNode o : q.path("options")) {
                options.add(new Option(o.path("value").asString(), o.path("label").asString().trim()));
            }
            if (type == QuestionType.CHOICE && options.size() < 2) {
                problems.add(file.problem(pointer + "/type", "问题 " + q.path("id").asString() + " 是单选题（choice），至少需要两个 options"));
                continue;
            }
            if (type != QuestionType.CHOICE && !options.isEmpty()) {
                problems.add(file.problem(pointer + "/options", "问题 " + q.path("id").asString() + " 不是单选题，不能有 options"));
                continue;
            }
            String id = q.path("id").asString();
            put(questions, id, new QuestionDef(id, q.path("text").asString().trim(), type, List.copyOf(options),
                    string(q, "hint"), q.has("min") ? q.get("min").asDouble() : null,
                    q.has("max") ? q.get("max").asDouble() : null), file, pointer + "/id", "问题");
        }
    }

    private <T> void put(Map<String, T> map, String key, T def, DataFile file, String pointer, String kind) {
        DataFile.Position at = file.at(pointer);
        String where = kind + ":" + key;
        if (map.containsKey(key)) {
            problems.add(new RuleProblem(file.path(), at.line(), at.column(),
                    kind + "编号 " + key + " 重复定义，已在 " + locations.get(where) + " 定义"));
            return;
        }
        map.put(key, def);
        locations.put(where, file.path() + ":" + at.line());
    }

    private static String string(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? "" : value.asString().trim();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            String v = item.asString().trim();
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return List.copyOf(values);
    }

    static List<String> splitDepartments(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        String trimmed = text.trim();
        if (trimmed.endsWith("等")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Arrays.stream(trimmed.split("[、，,]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
