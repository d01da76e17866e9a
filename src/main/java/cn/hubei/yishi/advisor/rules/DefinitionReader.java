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
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import tools.jackson.databind.JsonNode;

/**
 * Reads the definition rules of the parsed files: rules annotated {@code @theme},
 * {@code @themeMatter}, {@code @matter}, {@code @material} or {@code @question}, whose name is the
 * Chinese name and whose annotations are the data. Everything wrong is reported, nothing thrown.
 */
final class DefinitionReader {

    /** Ids and keys are ASCII so they survive URLs, forms and logs. */
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

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

    void read(RuleFile.Parsed parsed) {
        String path = parsed.file().path();
        Theme.Builder theme = null;
        List<ThemeMatter> listed = new ArrayList<>();
        for (RuleDescr rule : parsed.descr().getRules()) {
            if (!RuleFile.isDefinition(rule)) {
                continue;
            }
            int line = rule.getLine();
            if (!RuleFile.isEmptyBody(rule)) {
                problems.add(new RuleProblem(path, line,
                        "定义规则「" + rule.getName() + "」只能写标注，when 和 then 必须为空"));
                continue;
            }
            try {
                if (has(rule, "theme")) {
                    if (theme != null) {
                        problems.add(new RuleProblem(path, line, "一个文件只能定义一个主题"));
                        continue;
                    }
                    theme = readTheme(rule);
                } else if (has(rule, "themeMatter")) {
                    listed.add(new ThemeMatter(id(rule, "themeMatter"), rule.getName(),
                            required(rule, "department"), "镇级事项".equals(text(rule, "level")),
                            text(rule, "notes")));
                } else if (has(rule, "matter")) {
                    String id = id(rule, "matter");
                    put(matters, id, new MatterDef(id, rule.getName(), text(rule, "legalBasis"),
                            integer(rule, "timeLimit"), list(rule, "produces"), path), path, line, "事项");
                } else if (has(rule, "material")) {
                    String id = id(rule, "material");
                    put(materials, id, new MaterialDef(id, rule.getName(),
                            orDefault(text(rule, "category"), "其他材料"), text(rule, "issuer"),
                            text(rule, "eLicence"), bool(rule, "waivable"), bool(rule, "applicationForm"),
                            text(rule, "notes")), path, line, "材料");
                } else if (has(rule, "question")) {
                    QuestionDef q = readQuestion(rule);
                    put(questions, q.key(), q, path, line, "问题");
                }
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(path, line, "「" + rule.getName() + "」" + e.getMessage()));
            }
        }
        if (theme == null) {
            if (!listed.isEmpty()) {
                problems.add(new RuleProblem(path, 0, "@themeMatter 只能写在带 @theme 的主题文件中"));
            }
            return;
        }
        if (listed.isEmpty()) {
            problems.add(new RuleProblem(path, 0, "主题没有列出任何事项（@themeMatter）"));
        }
        Theme built = theme.matters(listed).build();
        if (themes.containsKey(built.id())) {
            problems.add(new RuleProblem(path, 0, "主题编号 " + built.id() + " 重复，已在 "
                    + themes.get(built.id()).file() + " 中定义"));
            return;
        }
        List<DataFile.Position> unknown = listed.stream().map(m -> new DataFile.Position(0, 0)).toList();
        themes.put(built.id(), new ThemeEntry(built, path, path, unknown));
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

    private Theme.Builder readTheme(RuleDescr rule) {
        String cooperating = text(rule, "cooperating");
        return new Theme.Builder()
                .id(id(rule, "theme"))
                .name(rule.getName())
                .jurisdiction(required(rule, "jurisdiction"))
                .category(orDefault(text(rule, "category"), "其他"))
                .leadDepartment(required(rule, "lead"))
                .cooperatingText(cooperating)
                .cooperatingDepartments(splitDepartments(cooperating))
                .aliases(list(rule, "aliases"))
                .jointForm(text(rule, "jointForm"))
                .source(text(rule, "source"));
    }

    private QuestionDef readQuestion(RuleDescr rule) {
        String typeText = required(rule, "type");
        QuestionType type;
        try {
            type = QuestionType.parse(typeText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("的 @type「" + typeText + "」无效，应为 boolean、choice、number、date 或 text");
        }
        List<Option> options = new ArrayList<>();
        for (String item : list(rule, "options")) {
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new IllegalArgumentException("的选项「" + item + "」应写成 值=显示文字");
            }
            options.add(new Option(item.substring(0, eq).trim(), item.substring(eq + 1).trim()));
        }
        if (type == QuestionType.CHOICE && options.size() < 2) {
            throw new IllegalArgumentException("是单选题，至少需要两个 @options");
        }
        if (type != QuestionType.CHOICE && !options.isEmpty()) {
            throw new IllegalArgumentException("不是单选题，不能有 @options");
        }
        return new QuestionDef(id(rule, "question"), rule.getName(), type, List.copyOf(options),
                text(rule, "hint"), decimal(rule, "min"), decimal(rule, "max"));
    }

    private <T> void put(Map<String, T> map, String key, T def, String path, int line, String kind) {
        String where = kind + ":" + key;
        if (map.containsKey(key)) {
            problems.add(new RuleProblem(path, line, kind + "编号 " + key + " 重复定义，已在 " + locations.get(where) + " 定义"));
            return;
        }
        map.put(key, def);
        locations.put(where, path + ":" + line);
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

    private static boolean has(RuleDescr rule, String key) {
        return rule.getAnnotation(key) != null;
    }

    static String text(RuleDescr rule, String key) {
        AnnotationDescr a = rule.getAnnotation(key);
        if (a == null) {
            return "";
        }
        Object value = a.getSingleValueStripped();
        return value == null ? "" : value.toString().trim();
    }

    private static String required(RuleDescr rule, String key) {
        String value = text(rule, key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("缺少 @" + key);
        }
        return value;
    }

    private static String id(RuleDescr rule, String key) {
        String value = required(rule, key);
        if (!value.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("的编号「" + value + "」只能用小写字母、数字和连字符");
        }
        return value;
    }

    private static List<String> list(RuleDescr rule, String key) {
        String value = text(rule, key);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(RuleDescr rule, String key) {
        String value = text(rule, key);
        if (value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("的 @" + key + " 只能是 true 或 false");
    }

    private static Integer integer(RuleDescr rule, String key) {
        String value = text(rule, key);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("的 @" + key + " 应为整数（工作日数）");
        }
    }

    private static Double decimal(RuleDescr rule, String key) {
        String value = text(rule, key);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("的 @" + key + " 应为数字");
        }
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
