package cn.hubei.yishi.advisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rules directory into a {@link Ruleset}.
 *
 * <p>Layout: {@code themes/<topic>/<jurisdiction>.drl} holds a theme entry (the {@code @theme}
 * rule and its {@code @themeMatter} list); other files in the same folder hold the theme's own
 * logic; {@code matters/*.drl} hold one matter each; {@code common/*.drl} hold classification rules
 * compiled into every theme; definitions (materials, questions) may stand in any file. A theme's
 * KieBase is its entry, its folder's logic, the files of its matters and {@code common/}.
 *
 * <p>A broken file or theme is reported in {@link Ruleset#problems()} and left out; the other
 * themes still load.
 */
public final class RulesetLoader {

    private static final Logger log = LoggerFactory.getLogger(RulesetLoader.class);

    private static final Pattern ASK = Pattern.compile("new\\s+Ask\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern MATTER_REF =
            Pattern.compile("new\\s+(?:Applies|NotApplicable|Unmet)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern REQUIRES =
            Pattern.compile("Requires\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");

    private final ClassLoader classLoader = RulesetLoader.class.getClassLoader();

    public Ruleset load(Path rulesDir) {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> files = readFiles(rulesDir, problems);

        Map<String, RuleFile.Parsed> parsed = new LinkedHashMap<>();
        DefinitionReader definitions = new DefinitionReader();
        Set<String> unparsable = new LinkedHashSet<>();
        for (RuleFile file : files) {
            RuleFile.Parsed p = file.parse();
            problems.addAll(p.problems());
            if (p.ok()) {
                parsed.put(file.path(), p);
                definitions.read(p);
            } else {
                unparsable.add(file.path());
            }
        }
        problems.addAll(definitions.problems);

        Map<String, String> matterFiles = new LinkedHashMap<>();
        definitions.matters.values().forEach(m -> matterFiles.put(m.id(), m.file()));
        Set<String> entryFiles = new LinkedHashSet<>();
        definitions.themes.values().forEach(e -> entryFiles.add(e.file()));

        Map<String, CompiledTheme> themes = new LinkedHashMap<>();
        for (DefinitionReader.ThemeEntry entry : definitions.themes.values()) {
            List<RuleProblem> themeProblems = new ArrayList<>();
            List<String> group = themeFiles(entry, parsed.keySet(), entryFiles, matterFiles, themeProblems);
            for (String broken : unparsable) {
                if (broken.startsWith("common/") || folderOf(broken).equals(folderOf(entry.file()))) {
                    themeProblems.add(new RuleProblem(broken, 0,
                            "主题「" + entry.theme().name() + "」（" + entry.theme().id() + "）用到的文件有语法错误"));
                }
            }
            CompiledTheme compiled = themeProblems.isEmpty()
                    ? compile(entry.theme(), group, parsed, definitions, themeProblems)
                    : null;
            if (compiled != null && themeProblems.isEmpty()) {
                themes.put(entry.theme().id(), compiled);
            } else {
                problems.addAll(themeProblems);
                log.warn("主题 {} 未能加载: {}", entry.theme().id(), themeProblems);
            }
        }
        Ruleset ruleset = new Ruleset(hash(files), Instant.now(), Collections.unmodifiableMap(themes),
                Collections.unmodifiableMap(definitions.matters), Collections.unmodifiableMap(definitions.materials),
                Collections.unmodifiableMap(definitions.questions), List.copyOf(problems));
        log.info("Loaded rules {} from {}: {} themes, {} problems in {} ms", ruleset.version(), rulesDir,
                themes.size(), problems.size(), (System.nanoTime() - started) / 1_000_000);
        return ruleset;
    }

    private static List<RuleFile> readFiles(Path dir, List<RuleProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new RuleProblem(dir.toString(), 0, "规则目录不存在"));
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules directory " + dir, e);
        }
        List<RuleFile> files = new ArrayList<>();
        for (Path p : paths) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            try {
                files.add(new RuleFile(rel, decode(Files.readAllBytes(p))));
            } catch (CharacterCodingException e) {
                problems.add(new RuleProblem(rel, 0, "文件不是 UTF-8 编码"));
            } catch (IOException e) {
                problems.add(new RuleProblem(rel, 0, "无法读取文件：" + e.getMessage()));
            }
        }
        return files;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static List<String> themeFiles(DefinitionReader.ThemeEntry entry, Set<String> parsedFiles,
            Set<String> entryFiles, Map<String, String> matterFiles, List<RuleProblem> problems) {
        Set<String> group = new LinkedHashSet<>();
        group.add(entry.file());
        String folder = folderOf(entry.file());
        for (String f : parsedFiles) {
            if (folderOf(f).equals(folder) && !entryFiles.contains(f)) {
                group.add(f);
            }
        }
        for (ThemeMatter m : entry.theme().matters()) {
            String file = matterFiles.get(m.matterId());
            if (file == null) {
                problems.add(new RuleProblem(entry.file(), 0, "事项 " + m.matterId() + " 未定义（应在 matters/ 下用 @matter 定义）"));
            } else {
                group.add(file);
            }
        }
        for (String f : parsedFiles) {
            if (f.startsWith("common/")) {
                group.add(f);
            }
        }
        return List.copyOf(group);
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private CompiledTheme compile(Theme theme, List<String> group, Map<String, RuleFile.Parsed> parsed,
            DefinitionReader definitions, List<RuleProblem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(classLoader));
        Set<String> asked = new LinkedHashSet<>();
        Set<String> conditional = new LinkedHashSet<>();
        Set<String> unconditional = new LinkedHashSet<>();
        int ruleCount = 0;
        StringBuilder content = new StringBuilder();
        for (String path : group) {
            RuleFile file = parsed.get(path).file();
            content.append(path).append('\0').append(file.text()).append('\0');
            // Parse afresh: the builder may annotate the descriptors it compiles.
            PackageDescr descr = file.parse().descr();
            descr.getRules().removeIf(RuleFile::isDefinition);
            for (RuleDescr rule : descr.getRules()) {
                ruleCount++;
                String rhs = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
                boolean hasLhs = rule.getLhs() != null && !rule.getLhs().getDescrs().isEmpty();
                checkReferences(path, rule, rhs, definitions, problems);
                Matcher ask = ASK.matcher(rhs);
                while (ask.find()) {
                    asked.add(ask.group(1));
                    (hasLhs ? conditional : unconditional).add(ask.group(1));
                }
            }
            int before = builder.getErrors().size();
            builder.add(new DescrResource(descr), ResourceType.DESCR);
            int index = 0;
            for (KnowledgeBuilderError error : builder.getErrors()) {
                if (index++ >= before) {
                    int[] lines = error.getLines();
                    problems.add(new RuleProblem(path, lines == null || lines.length == 0 ? 0 : lines[0],
                            error.getMessage().trim()));
                }
            }
        }
        List<QuestionDef> questions = new ArrayList<>();
        for (String key : asked) {
            QuestionDef q = definitions.questions.get(key);
            if (q == null) {
                problems.add(new RuleProblem(group.get(0), 0, "主题「" + theme.name() + "」的规则问了未定义的问题 " + key));
            } else {
                questions.add(q);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        conditional.removeAll(unconditional);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(builder.getKnowledgePackages());
        return new CompiledTheme(theme, kieBase, List.copyOf(questions), Set.copyOf(conditional), group,
                ruleCount, hash(content.toString()));
    }

    private static void checkReferences(String path, RuleDescr rule, String rhs, DefinitionReader definitions,
            List<RuleProblem> problems) {
        Matcher m = MATTER_REF.matcher(rhs);
        while (m.find()) {
            if (!definitions.matters.containsKey(m.group(1))) {
                problems.add(new RuleProblem(path, rule.getLine(), "规则「" + rule.getName() + "」引用了未定义的事项 " + m.group(1)));
            }
        }
        Matcher r = REQUIRES.matcher(rhs);
        while (r.find()) {
            if (!definitions.matters.containsKey(r.group(1))) {
                problems.add(new RuleProblem(path, rule.getLine(), "规则「" + rule.getName() + "」引用了未定义的事项 " + r.group(1)));
            }
            if (!definitions.materials.containsKey(r.group(2))) {
                problems.add(new RuleProblem(path, rule.getLine(), "规则「" + rule.getName() + "」引用了未定义的材料 " + r.group(2)));
            }
        }
    }

    private static String hash(List<RuleFile> files) {
        StringBuilder all = new StringBuilder();
        for (RuleFile f : files) {
            all.append(f.path()).append('\0').append(f.text()).append('\0');
        }
        return hash(all.toString());
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
