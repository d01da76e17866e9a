package cn.hubei.yishi.advisor.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One-off conversion of the definition rules (empty rules carrying {@code @theme}, {@code @themeMatter},
 * {@code @matter}, {@code @material}, {@code @question}) of {@code rules/} into YAML data files: the
 * definitions of {@code X.drl} go to {@code X.yaml} beside it, with the comments written above them;
 * the logic rules stay in {@code X.drl}, which is deleted when nothing else is left in it. Run with the
 * rules directory and the folders to convert ({@code materials questions}, {@code matters}, {@code themes}).
 */
public final class DefinitionsToYaml {

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s].*|.*(: |\\s#|:$).*|.*[\\t\\n\\\\\"].*|.*\\s$"
                    + "|(?i)(true|false|yes|no|on|off|null|~|y|n)|[-+]?[0-9][0-9_.,:eE+-]*");
    private static final Pattern FLOW_UNSAFE = Pattern.compile(".*[,\\[\\]{}:#].*");

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        List<String> folders = Arrays.asList(args).subList(1, args.length);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rules)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        int converted = 0;
        for (Path file : files) {
            String rel = rules.relativize(file).toString().replace('\\', '/');
            if (folders.stream().noneMatch(f -> rel.startsWith(f + "/"))) {
                continue;
            }
            if (convert(rules, rel)) {
                converted++;
            }
        }
        System.out.println("converted " + converted + " files");
    }

    /** A definition rule with the comments written above or inside it. */
    private record Definition(RuleDescr rule, List<String> comments) {
        String value(String key) {
            AnnotationDescr a = rule.getAnnotation(key);
            if (a == null) {
                return "";
            }
            Object v = a.getSingleValueStripped();
            return v == null ? "" : v.toString().trim();
        }

        boolean has(String key) {
            return rule.getAnnotation(key) != null;
        }
    }

    private static boolean convert(Path rules, String rel) throws IOException {
        Path drl = rules.resolve(rel);
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        RuleFile.Parsed parsed = new RuleFile(rel, text).parse();
        if (!parsed.ok()) {
            throw new IllegalStateException(rel + " does not parse: " + parsed.problems());
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean[] remove = new boolean[lines.size()];
        List<Definition> definitions = new ArrayList<>();
        int firstRuleLine = Integer.MAX_VALUE;
        for (RuleDescr rule : parsed.descr().getRules()) {
            firstRuleLine = Math.min(firstRuleLine, rule.getLine());
        }
        List<String> header = new ArrayList<>();
        for (RuleDescr rule : parsed.descr().getRules()) {
            if (!RuleFile.isDefinition(rule)) {
                continue;
            }
            if (!RuleFile.isEmptyBody(rule)) {
                throw new IllegalStateException(rel + ": definition with a body: " + rule.getName());
            }
            int start = rule.getLine() - 1; // 0-based index of the "rule" line
            if (!lines.get(start).trim().startsWith("rule")) {
                throw new IllegalStateException(rel + ":" + rule.getLine() + " is not a rule line");
            }
            int end = start;
            while (!lines.get(end).trim().equals("end")) {
                end++;
            }
            List<String> comments = new ArrayList<>();
            // Comments directly above (no blank line between); for the file's first rule they are its header.
            int above = start - 1;
            while (above >= 0 && lines.get(above).trim().startsWith("//")) {
                above--;
            }
            boolean isFirst = rule.getLine() == firstRuleLine;
            for (int i = above + 1; i < start; i++) {
                comments.add(comment(lines.get(i)));
                remove[i] = true;
            }
            if (isFirst) {
                // The file's header: comments between the imports and the first rule.
                for (int i = 0; i <= above; i++) {
                    String t = lines.get(i).trim();
                    if (t.startsWith("//")) {
                        header.add(comment(lines.get(i)));
                    }
                }
            }
            for (int i = start; i <= end; i++) {
                String t = lines.get(i).trim();
                if (t.startsWith("//")) {
                    comments.add(comment(lines.get(i)));
                }
                remove[i] = true;
            }
            definitions.add(new Definition(rule, comments));
        }
        if (definitions.isEmpty()) {
            return false;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!remove[i]) {
                kept.add(lines.get(i));
            }
        }
        boolean logicLeft = kept.stream().anyMatch(l -> l.trim().startsWith("rule "));
        if (logicLeft) {
            // The header explains the logic as much as the data: it stays with the logic.
            header.clear();
        }
        header.removeIf(DefinitionsToYaml::describesAnnotations);
        String yamlPath = rel.replaceAll("\\.drl$", ".yaml");
        String yaml = yaml(rel, yamlPath, header, definitions);
        Path target = rules.resolve(yamlPath);
        if (Files.exists(target)) {
            throw new IllegalStateException(yamlPath + " exists already");
        }
        Files.writeString(target, yaml, StandardCharsets.UTF_8);
        if (logicLeft) {
            Files.writeString(drl, tidy(kept), StandardCharsets.UTF_8);
        } else {
            Files.delete(drl);
        }
        return true;
    }

    /** Header lines that explained the DRL annotations, which the schema and rules/README.md now explain. */
    private static boolean describesAnnotations(String line) {
        return line.contains("@") || line.contains("when 和 then") || line.contains("规则名就是");
    }

    private static String comment(String line) {
        String t = line.trim().substring(2);
        return t.startsWith(" ") ? t.substring(1) : t;
    }

    private static String tidy(List<String> lines) {
        StringBuilder b = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            boolean isBlank = line.isBlank();
            if (isBlank && (blank || b.isEmpty())) {
                continue;
            }
            b.append(isBlank ? "" : line).append('\n');
            blank = isBlank;
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static String yaml(String rel, String yamlPath, List<String> header, List<Definition> definitions) {
        int depth = yamlPath.split("/").length - 1;
        String schemaDir = "../".repeat(depth) + "schema/";
        boolean isTheme = definitions.stream().anyMatch(d -> d.has("theme"));
        boolean isMatter = definitions.stream().anyMatch(d -> d.has("matter"));
        String schema = isTheme ? "theme" : isMatter ? "matter" : "definitions";
        StringBuilder b = new StringBuilder();
        b.append("# yaml-language-server: $schema=").append(schemaDir).append(schema).append(".schema.json\n");
        for (String h : header) {
            b.append(commentLine("", h));
        }
        if (!header.isEmpty()) {
            b.append('\n');
        }
        if (isTheme) {
            Definition t = only(definitions, "theme", rel);
            comments(b, "", t.comments());
            scalar(b, "", "id", t.value("theme"));
            scalar(b, "", "name", t.rule().getName());
            for (String key : List.of("jurisdiction", "category", "lead", "cooperating")) {
                scalar(b, "", key, t.value(key));
            }
            flowList(b, "", "aliases", split(t.value("aliases")));
            scalar(b, "", "jointForm", t.value("jointForm"));
            scalar(b, "", "source", t.value("source"));
            b.append("matters:\n");
            for (Definition m : definitions) {
                if (!m.has("themeMatter")) {
                    continue;
                }
                comments(b, "  ", m.comments());
                b.append("  - ");
                scalarInline(b, "id", m.value("themeMatter"));
                scalar(b, "    ", "name", m.rule().getName());
                scalar(b, "    ", "department", m.value("department"));
                scalar(b, "    ", "level", m.value("level"));
                scalar(b, "    ", "notes", m.value("notes"));
            }
        }
        if (isMatter) {
            Definition m = only(definitions, "matter", rel);
            comments(b, "", m.comments());
            scalar(b, "", "id", m.value("matter"));
            scalar(b, "", "name", m.rule().getName());
            scalar(b, "", "legalBasis", m.value("legalBasis"));
            if (!m.value("timeLimit").isEmpty()) {
                b.append("timeLimit: ").append(Integer.parseInt(m.value("timeLimit"))).append('\n');
            }
            flowList(b, "", "produces", split(m.value("produces")));
        }
        List<Definition> materials = definitions.stream().filter(d -> d.has("material")).toList();
        if (!materials.isEmpty()) {
            b.append(isMatter ? "\n" : "").append("materials:\n");
            for (Definition d : materials) {
                comments(b, "  ", d.comments());
                b.append("  - ");
                scalarInline(b, "id", d.value("material"));
                scalar(b, "    ", "name", d.rule().getName());
                for (String key : List.of("category", "issuer", "eLicence")) {
                    scalar(b, "    ", key, d.value(key));
                }
                bool(b, "    ", "waivable", d.value("waivable"));
                bool(b, "    ", "applicationForm", d.value("applicationForm"));
                scalar(b, "    ", "notes", d.value("notes"));
            }
        }
        List<Definition> questions = definitions.stream().filter(d -> d.has("question")).toList();
        if (!questions.isEmpty()) {
            b.append(isMatter || !materials.isEmpty() ? "\n" : "").append("questions:\n");
            for (Definition d : questions) {
                comments(b, "  ", d.comments());
                b.append("  - ");
                scalarInline(b, "id", d.value("question"));
                scalar(b, "    ", "text", d.rule().getName());
                scalar(b, "    ", "type", d.value("type"));
                List<String> options = split(d.value("options"));
                if (!options.isEmpty()) {
                    b.append("    options:\n");
                    for (String o : options) {
                        int eq = o.indexOf('=');
                        b.append("      - {value: ").append(flow(o.substring(0, eq).trim())).append(", label: ")
                                .append(flow(o.substring(eq + 1).trim())).append("}\n");
                    }
                }
                scalar(b, "    ", "hint", d.value("hint"));
                number(b, "    ", "min", d.value("min"));
                number(b, "    ", "max", d.value("max"));
            }
        }
        for (Definition d : definitions) {
            if (!(d.has("theme") || d.has("themeMatter") || d.has("matter") || d.has("material") || d.has("question"))) {
                throw new IllegalStateException(rel + ": unknown definition " + d.rule().getName());
            }
        }
        return b.toString();
    }

    private static Definition only(List<Definition> definitions, String key, String rel) {
        List<Definition> found = definitions.stream().filter(d -> d.has(key)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(rel + ": " + found.size() + " @" + key);
        }
        return found.get(0);
    }

    private static List<String> split(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void comments(StringBuilder b, String indent, List<String> comments) {
        for (String c : comments) {
            b.append(commentLine(indent, c));
        }
    }

    private static String commentLine(String indent, String text) {
        return (indent + "#" + (text.isEmpty() ? "" : " " + text)).stripTrailing() + "\n";
    }

    private static void scalar(StringBuilder b, String indent, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        b.append(indent);
        scalarInline(b, key, value);
    }

    private static void scalarInline(StringBuilder b, String key, String value) {
        b.append(key).append(": ").append(plain(value)).append('\n');
    }

    private static void bool(StringBuilder b, String indent, String key, String value) {
        if (value.equals("true")) {
            b.append(indent).append(key).append(": true\n");
        } else if (!value.isEmpty() && !value.equals("false")) {
            throw new IllegalStateException(key + "=" + value);
        }
    }

    private static void number(StringBuilder b, String indent, String key, String value) {
        if (!value.isEmpty()) {
            double d = Double.parseDouble(value);
            b.append(indent).append(key).append(": ")
                    .append(d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d)).append('\n');
        }
    }

    private static void flowList(StringBuilder b, String indent, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append(indent).append(key).append(": [")
                .append(String.join(", ", items.stream().map(DefinitionsToYaml::flow).toList())).append("]\n");
    }

    static String plain(String value) {
        return PLAIN_UNSAFE.matcher(value).matches() ? quoted(value) : value;
    }

    static String flow(String value) {
        return PLAIN_UNSAFE.matcher(value).matches() || FLOW_UNSAFE.matcher(value).matches() ? quoted(value) : value;
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n") + '"';
    }

    /** For a check after converting: the definitions of two loads side by side. */
    static Map<String, Object> catalog(Ruleset r) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("themes", r.themes().values().stream().map(t -> List.of(t.theme(), t.questions(),
                t.conditionalQuestions(), t.ruleCount())).toList());
        all.put("matters", new ArrayList<>(r.matters().values()));
        all.put("materials", new ArrayList<>(r.materials().values()));
        all.put("questions", new ArrayList<>(r.questions().values()));
        all.put("problems", r.problems());
        return all;
    }

    /** Loads two rules directories and says whether their catalogs are the same, in the same order. */
    public static final class Compare {
        public static void main(String[] args) {
            Map<String, Object> before = catalog(new RulesetLoader().load(Path.of(args[0])));
            Map<String, Object> after = catalog(new RulesetLoader().load(Path.of(args[1])));
            for (String key : before.keySet()) {
                boolean same = Objects.equals(before.get(key), after.get(key));
                System.out.println(key + (same ? " same" : " DIFFERENT"));
                if (!same && before.get(key) instanceof List<?> b && after.get(key) instanceof List<?> a) {
                    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                        Object x = i < b.size() ? b.get(i) : null;
                        Object y = i < a.size() ? a.get(i) : null;
                        if (!Objects.equals(x, y)) {
                            System.out.println("  before: " + x + "\n  after:  " + y);
                        }
                    }
                }
            }
        }
    }
}
