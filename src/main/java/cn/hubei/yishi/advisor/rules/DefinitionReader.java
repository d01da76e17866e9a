package cn.hubei.yishi.advisor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.catalog.Jurisdiction;
import cn.hubei.yishi.advisor.catalog.MaterialDef;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.Option;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.QuestionType;
import cn.hubei.yishi.advisor.catalog.ServiceCentre;
import cn.hubei.yishi.advisor.catalog.Synonym;
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
    record ThemeEntry(Theme theme, String file, String ownDrl, List<DataFile.Position> matterAt, List<String> uses,
            List<DataFile.Position> usesAt) {
    }

    /** Jurisdictions by name in display order, with their service centres; empty without jurisdictions.yaml. */
    final Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
    private DataFile jurisdictionsFile;
    /** Everyday words search also understands ({@code search.yaml}), in the file's order; empty without it. */
    final List<Synonym> synonyms = new ArrayList<>();
    /** Versions that implement another theme, resolved once every full theme is read. */
    private final List<DataFile> versions = new ArrayList<>();
    private final Map<String, DataFile.Position> jurisdictionAt = new LinkedHashMap<>();
    private final Map<String, DataFile.Position> centreAt = new LinkedHashMap<>();

    /** Reads a YAML data file already checked against its schema. */
    void read(DataFile file, DataSchemas.Kind kind) {
        JsonNode root = file.root();
        switch (kind) {
            case THEME -> readTheme(file, root);
            case VERSION -> versions.add(file);
            case JURISDICTIONS -> {
                jurisdictionsFile = file;
                Set<String> ids = new HashSet<>();
                Set<String> centreIds = new HashSet<>();
                JsonNode places = root.path("jurisdictions");
                for (int i = 0; i < places.size(); i++) {
                    JsonNode j = places.get(i);
                    String name = j.path("name").asString().trim();
                    String id = j.path("id").asString().trim();
                    if (jurisdictions.containsKey(name)) {
                        problems.add(file.problem("/jurisdictions/" + i + "/name", "实施地 " + name + " 写了两次"));
                    }
                    if (!ids.add(id)) {
                        problems.add(file.problem("/jurisdictions/" + i + "/id", "实施地编号 " + id + " 写了两次"));
                    }
                    List<ServiceCentre> centres = new ArrayList<>();
                    JsonNode cs = j.path("centres");
                    for (int k = 0; k < cs.size(); k++) {
                        JsonNode c = cs.get(k);
                        String centreId = c.path("id").asString().trim();
                        if (!centreIds.add(centreId)) {
                            problems.add(file.problem("/jurisdictions/" + i + "/centres/" + k + "/id",
                                    "政务服务中心编号 " + centreId + " 写了两次"));
                        }
                        centres.add(new ServiceCentre(centreId, string(c, "name"), string(c, "address"),
                                string(c, "hours"), strings(c.path("windows")), string(c, "phone")));
                    }
                    jurisdictions.put(name, new Jurisdiction(name, id, strings(j.path("aliases")),
                            string(j, "hotline"), string(j, "online"), centres, j.path("province").asBoolean(false)));
                }
            }
            case SEARCH -> {
                for (JsonNode s : root.path("synonyms")) {
                    synonyms.add(new Synonym(strings(s.path("words")), strings(s.path("finds"))));
                }
            }
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
                readRequirements(file, root, id);
            }
            case DEFINITIONS -> readDefinitions(file, root);
        }
    }

    /**
     * A material a matter requires whenever it applies, listed in the matter's data ({@code requires:}).
     *
     * @param at where the entry's {@code material} stands, for problems found later
     */
    record Requirement(String material, int originals, int copies, String note, String path, DataFile.Position at) {
    }

    /** Unconditional requirements by matter id, in the order written. */
    final Map<String, List<Requirement>> requirements = new LinkedHashMap<>();
    /** Matters whose data has a problem found after reading (an undefined material): their themes do not publish. */
    final Set<String> brokenMatters = new LinkedHashSet<>();

    private void readRequirements(DataFile file, JsonNode root, String matter) {
        JsonNode nodes = root.path("requires");
        List<Requirement> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode r = nodes.get(i);
            String pointer = "/requires/" + i;
            String material = r.path("material").asString();
            boolean hasOriginal = r.has("original");
            int originals = hasOriginal ? r.get("original").asInt() : r.has("copies") ? 0 : 1;
            int copies = r.path("copies").asInt(0);
            if (!seen.add(material)) {
                problems.add(file.problem(pointer + "/material", "材料 " + material + " 在 requires 中写了两次"));
                brokenMatters.add(matter);
                continue;
            }
            if (originals + copies == 0) {
                problems.add(file.problem(pointer, "材料 " + material + " 至少要原件或复印件 1 份"));
                brokenMatters.add(matter);
                continue;
            }
            if (r.has("name")) {
                // Defined where it is required: a new material in one line.
                put(materials, material, new MaterialDef(material, r.path("name").asString(),
                        orDefault(string(r, "category"), "其他材料"), string(r, "issuer"), "",
                        r.path("waivable").asBoolean(false), false, "", false), file, pointer + "/material", "材料");
            } else if (r.has("category") || r.has("issuer") || r.has("waivable")) {
                problems.add(file.problem(pointer, "category、issuer、waivable 只在就地定义新材料（写了 name）时才写"));
                brokenMatters.add(matter);
                continue;
            }
            list.add(new Requirement(material, originals, copies, string(r, "note"), file.path(),
                    file.at(pointer + "/material")));
        }
        if (!list.isEmpty()) {
            requirements.put(matter, List.copyOf(list));
        }
    }

    /** After every file is read: each required material must be defined somewhere. */
    void checkRequirements() {
        requirements.forEach((matter, list) -> {
            for (Requirement r : list) {
                if (!materials.containsKey(r.material())) {
                    problems.add(new RuleProblem(r.path(), r.at().line(), r.at().column(), "材料 " + r.material()
                            + " 未定义：在 materials/ 或本文件的 materials: 下定义它，或在这一行写上 name 就地定义"));
                    brokenMatters.add(matter);
                }
            }
        });
    }

    private void readTheme(DataFile file, JsonNode root) {
        List<ThemeMatter> listed = new ArrayList<>();
        List<DataFile.Position> at = new ArrayList<>();
        JsonNode matterNodes = root.path("matters");
        for (int i = 0; i < matterNodes.size(); i++) {
            JsonNode m = matterNodes.get(i);
            listed.add(new ThemeMatter(m.path("id").asString(), m.path("name").asString(), m.path("department").asString(),
                    "镇级事项".equals(string(m, "level")), string(m, "notes"), strings(m.path("after"))));
            at.add(file.at("/matters/" + i + "/id"));
        }
        checkOrder(file, listed, "/matters");
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
                .family(family(file))
                .centre(string(root, "centre"))
                .build();
        putTheme(file, theme, at, strings(root.path("uses")), positions(file, "/uses", root.path("uses").size()));
    }

    /**
     * Each {@code after} names a matter of the same theme, and no matter waits for itself through others:
     * reported at the entry, so that the theme is not published with an order that cannot be run.
     */
    private void checkOrder(DataFile file, List<ThemeMatter> listed, String base) {
        Map<String, ThemeMatter> byId = new LinkedHashMap<>();
        listed.forEach(m -> byId.put(m.matterId(), m));
        for (int i = 0; i < listed.size(); i++) {
            List<String> after = listed.get(i).after();
            for (int k = 0; k < after.size(); k++) {
                if (!byId.containsKey(after.get(k))) {
                    problems.add(file.problem(base + "/" + i + "/after/" + k, "after 写的 " + after.get(k)
                            + " 不是本主题的事项：写本主题 matters 中的事项编号"));
                } else if (after.get(k).equals(listed.get(i).matterId())) {
                    problems.add(file.problem(base + "/" + i + "/after/" + k, "事项不能等它自己"));
                }
            }
        }
        for (int i = 0; i < listed.size(); i++) {
            if (reaches(listed.get(i).matterId(), listed.get(i).matterId(), byId, new LinkedHashSet<>())) {
                problems.add(file.problem(base + "/" + i + "/after", "事项 " + listed.get(i).matterId()
                        + " 经由 after 的先后顺序又回到了自己：检查这几项的 after，去掉其中一环"));
            }
        }
    }

    /** Whether following {@code after} from {@code from} leads to {@code target}. */
    private static boolean reaches(String from, String target, Map<String, ThemeMatter> byId, Set<String> seen) {
        ThemeMatter m = byId.get(from);
        if (m == null) {
            return false;
        }
        for (String before : m.after()) {
            if (before.equals(from)) {
                continue; // reported on its own
            }
            if (before.equals(target) || seen.add(before) && reaches(before, target, byId, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The directory under {@code themes/} that the province's and every place's version share. */
    private static String family(DataFile file) {
        String[] parts = file.path().split("/");
        return parts.length >= 3 && parts[parts.length - 3].equals("themes") ? parts[parts.length - 2] : "";
    }

    /** Adds a theme version read from {@code file}, unless its id is taken (reported at the id). */
    private void putTheme(DataFile file, Theme theme, List<DataFile.Position> matterAt, List<String> uses,
            List<DataFile.Position> usesAt) {
        if (themes.containsKey(theme.id())) {
            problems.add(file.problem("/id", "主题编号 " + theme.id() + " 重复，已在 "
                    + themes.get(theme.id()).file() + " 中定义"));
            return;
        }
        jurisdictionAt.put(theme.id(), file.at("/jurisdiction"));
        centreAt.put(theme.id(), file.at("/centre"));
        themes.put(theme.id(), new ThemeEntry(theme, file.path(), file.path().replaceAll("\\.yaml$", ".drl"),
                List.copyOf(matterAt), uses, usesAt));
    }

    private static List<DataFile.Position> positions(DataFile file, String pointer, int count) {
        List<DataFile.Position> at = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            at.add(file.at(pointer + "/" + i));
        }
        return List.copyOf(at);
    }

    /**
     * Builds each version that {@code implements} another theme: the theme it names, with what the version
     * says instead (lead, departments, 镇级事项, notes, matters added or left out).
     */
    void resolveVersions() {
        Set<String> fullThemes = new LinkedHashSet<>(themes.keySet());
        for (DataFile file : versions) {
            JsonNode root = file.root();
            String baseId = root.path("implements").asString();
            ThemeEntry base = fullThemes.contains(baseId) ? themes.get(baseId) : null;
            if (base == null) {
                problems.add(file.problem("/implements", "implements 写的主题 " + baseId + " 未定义"
                        + "（应为同一目录下完整主题文件的 id）"));
                continue;
            }
            String folder = file.path().substring(0, file.path().lastIndexOf('/'));
            if (!base.file().startsWith(folder + "/")) {
                problems.add(file.problem("/implements", "所实施的主题 " + baseId + " 在 " + base.file()
                        + "：实施版本要和它放在同一目录，才能共用它的规则"));
                continue;
            }
            Theme b = base.theme();
            Set<String> known = new LinkedHashSet<>();
            b.matters().forEach(m -> known.add(m.matterId()));
            for (JsonNode m : root.path("add")) {
                known.add(m.path("id").asString());
            }
            boolean ok = true;
            for (String key : List.of("departments", "notes")) {
                for (String matter : root.path(key).propertyNames()) {
                    if (!known.contains(matter)) {
                        DataFile.Position at = file.keyAt("/" + key + "/" + DataFile.escape(matter));
                        problems.add(new RuleProblem(file.path(), at.line(), at.column(), "事项 " + matter
                                + " 不在主题 " + baseId + " 的事项中（也没有在 add 里加上）"));
                        ok = false;
                    }
                }
            }
            for (String key : List.of("townLevel", "omit")) {
                JsonNode list = root.path(key);
                for (int i = 0; i < list.size(); i++) {
                    if (!known.contains(list.get(i).asString())) {
                        problems.add(file.problem("/" + key + "/" + i, "事项 " + list.get(i).asString()
                                + " 不在主题 " + baseId + " 的事项中"));
                        ok = false;
                    }
                }
            }
            if (!ok) {
                continue;
            }
            Set<String> omit = new LinkedHashSet<>(strings(root.path("omit")));
            Set<String> town = new LinkedHashSet<>(strings(root.path("townLevel")));
            String department = string(root, "department");
            List<ThemeMatter> listed = new ArrayList<>();
            List<DataFile.Position> at = new ArrayList<>();
            for (int i = 0; i < b.matters().size(); i++) {
                ThemeMatter m = b.matters().get(i);
                if (omit.contains(m.matterId())) {
                    continue;
                }
                String dept = root.path("departments").has(m.matterId())
                        ? root.path("departments").get(m.matterId()).asString().trim()
                        : department.isEmpty() ? m.department() : department;
                String notes = root.path("notes").has(m.matterId())
                        ? root.path("notes").get(m.matterId()).asString().trim() : m.notes();
                listed.add(new ThemeMatter(m.matterId(), m.name(), dept, m.townLevel() || town.contains(m.matterId()),
                        notes, m.after()));
                at.add(base.matterAt().get(i));
            }
            JsonNode added = root.path("add");
            for (int i = 0; i < added.size(); i++) {
                JsonNode m = added.get(i);
                String id = m.path("id").asString();
                listed.add(new ThemeMatter(id, m.path("name").asString(), m.path("department").asString(),
                        "镇级事项".equals(string(m, "level")) || town.contains(id), string(m, "notes"),
                        strings(m.path("after"))));
                at.add(file.at("/add/" + i + "/id"));
            }
            if (listed.isEmpty()) {
                problems.add(file.problem("/omit", "去掉这些事项后，主题没有事项了"));
                continue;
            }
            String cooperating = string(root, "cooperating");
            Theme theme = new Theme.Builder()
                    .id(root.path("id").asString())
                    .name(root.has("name") ? string(root, "name") : b.name())
                    .jurisdiction(string(root, "jurisdiction"))
                    .category(root.has("category") ? orDefault(string(root, "category"), "其他") : b.category())
                    .leadDepartment(string(root, "lead"))
                    // The notice's own wording: a province's "住建（城管）等" is not the city's.
                    .cooperatingText(cooperating)
                    .cooperatingDepartments(splitDepartments(cooperating))
                    .aliases(root.has("aliases") ? strings(root.path("aliases")) : b.aliases())
                    .jointForm(root.has("jointForm") ? string(root, "jointForm") : b.jointForm())
                    .source(string(root, "source"))
                    .matters(listed)
                    .family(family(file))
                    .centre(string(root, "centre"))
                    .build();
            boolean ownUses = root.has("uses");
            putTheme(file, theme, at, ownUses ? strings(root.path("uses")) : base.uses(),
                    ownUses ? positions(file, "/uses", root.path("uses").size()) : base.usesAt());
        }
    }

    /** Every theme's jurisdiction is one of jurisdictions.yaml, when the rules have that file. */
    void checkThemes() {
        if (jurisdictionsFile == null) {
            themes.values().forEach(e -> jurisdictions.computeIfAbsent(e.theme().jurisdiction(),
                    name -> new Jurisdiction(name, "", List.of(), "", "", List.of(), false)));
            return;
        }
        for (ThemeEntry e : List.copyOf(themes.values())) {
            Jurisdiction place = jurisdictions.get(e.theme().jurisdiction());
            if (place == null) {
                DataFile.Position at = jurisdictionAt.getOrDefault(e.theme().id(), new DataFile.Position(0, 0));
                problems.add(new RuleProblem(e.file(), at.line(), at.column(), "实施地「" + e.theme().jurisdiction()
                        + "」不在 jurisdictions.yaml 中：检查拼写，或在 jurisdictions.yaml 里加上它"));
                themes.remove(e.theme().id());
            } else if (!e.theme().centre().isEmpty()
                    && place.centres().stream().noneMatch(c -> c.id().equals(e.theme().centre()))) {
                DataFile.Position at = centreAt.getOrDefault(e.theme().id(), new DataFile.Position(0, 0));
                problems.add(new RuleProblem(e.file(), at.line(), at.column(), "政务服务中心「" + e.theme().centre()
                        + "」不在 jurisdictions.yaml 的" + place.name() + " centres 中：检查拼写"));
                themes.remove(e.theme().id());
            }
        }
    }

    /** Where each material's {@code eLicenceWhen} stands, to report a classification no rule infers. */
    private final Map<String, RuleProblem> licenceConditions = new LinkedHashMap<>();

    /**
     * A material exempt only under a classification ({@code eLicenceWhen}) that no rule inserts would never
     * be exempt: most likely a typo. Reported at the material's line.
     *
     * @param inferred the names in {@code new Flag("…")} across the rules' DRL files
     */
    void checkLicenceConditions(Set<String> inferred) {
        licenceConditions.forEach((flag, at) -> {
            if (!inferred.contains(flag)) {
                problems.add(at);
            }
        });
    }

    private void readDefinitions(DataFile file, JsonNode root) {
        JsonNode materialNodes = root.path("materials");
        for (int i = 0; i < materialNodes.size(); i++) {
            JsonNode m = materialNodes.get(i);
            String id = m.path("id").asString();
            String when = string(m, "eLicenceWhen");
            if (!when.isEmpty()) {
                licenceConditions.putIfAbsent(when, file.problem("/materials/" + i + "/eLicenceWhen", "材料 " + id
                        + " 的 eLicenceWhen 写的分类 " + when + " 没有任何规则推出（insert(new Flag(\"" + when
                        + "\"))），这份材料永远不会免交：检查拼写，或在 common/electronic-licences.drl 写出推出它的规则"));
            }
            put(materials, id, new MaterialDef(id, m.path("name").asString(),
                    orDefault(string(m, "category"), "其他材料"), string(m, "issuer"), string(m, "eLicence"),
                    m.path("waivable").asBoolean(false), m.path("applicationForm").asBoolean(false),
                    string(m, "notes"), m.path("returnOriginal").asBoolean(false), string(m, "eLicenceSource"),
                    string(m, "eLicenceWhen"), string(m, "eLicenceCondition")), file, "/materials/" + i + "/id",
                    "材料");
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
                    kind + "编号 " + key + " 重复定义，已在 " + locations.get(where) + "定义"));
            return;
        }
        map.put(key, def);
        locations.put(where, file.path() + " 第 " + at.line() + " 行");
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
