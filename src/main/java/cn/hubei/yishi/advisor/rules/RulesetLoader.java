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
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rules directory into a {@link Ruleset}.
 *
 * <p>Layout: definitions are YAML data checked against {@code rules/schema/}: {@code themes/<topic>/<place>.yaml}
 * is a theme version (a full theme, or one that {@code implements} another in the same folder),
 * {@code matters/<id>.yaml} a matter with the materials it always requires, {@code materials/},
 * {@code questions/} and {@code shared/*.yaml} shared definitions, {@code jurisdictions.yaml} the jurisdictions,
 * {@code search.yaml} the everyday words search also understands.
 * Logic is DRL: {@code themes/<topic>/*.drl} (a version's own {@code <place>.drl} for it alone),
 * {@code matters/<id>.drl}, {@code shared/<name>.drl} for the themes that name it in {@code uses},
 * {@code common/*.drl} for every theme. A theme's KieBase is its folder's logic, its shared decisions, its
 * matters' rules (written and generated from {@code requires}) and {@code common/}.
 *
 * <p>A broken file is reported once in {@link Ruleset#problems()}, naming the themes it keeps from
 * publishing; those are left out and the other themes still load.
 */
public final class RulesetLoader {

    private static final Logger log = LoggerFactory.getLogger(RulesetLoader.class);

    /** Sessions kept per theme; the pool makes more when requests outnumber them. */
    private static final int SESSION_POOL_SIZE = 2 * Runtime.getRuntime().availableProcessors();

    private final ClassLoader classLoader = new LookupCachingClassLoader(RulesetLoader.class.getClassLoader());

    /**
     * What the last load compiled, reused by the next one so that a reload compiles only the files that
     * changed and rebuilds only the themes whose files changed. A loader is used by one thread at a time.
     */
    private final Map<String, Collection<KiePackage>> packageCache = new ConcurrentHashMap<>();
    /**
     * KieBases by the exact rule files compiled into them (see {@link #compile}): the versions of a theme that
     * differ only in their data (departments, notes, 镇级事项) share one KieBase and its sessions, within a load
     * and from one load to the next.
     */
    private volatile Map<String, Built> kieBaseCache = Map.of();

    private record Built(InternalKnowledgeBase kieBase, KieSessionsPool sessions, long compileMillis) {
    }
    /** Parsed files by content; the builder parses afresh to compile, so sharing these is safe. */
    private final Map<String, RuleFile.Parsed> parseCache = new ConcurrentHashMap<>();
    /** Lint results and the answer keys conditions read, by file content: both depend on the file alone. */
    private final Map<String, List<RuleProblem>> lintCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysCache = new ConcurrentHashMap<>();
    private final Map<String, ReadData> dataCache = new ConcurrentHashMap<>();

    public Ruleset load(Path rulesDir) {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> files = readFiles(rulesDir, problems);

        Map<String, RuleFile.Parsed> parsed = new LinkedHashMap<>();
        DefinitionReader definitions = new DefinitionReader();
        Set<String> unparsable = new LinkedHashSet<>();
        Map<String, DataFile> dataFiles = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (file.path().endsWith(".yaml")) {
                DataSchemas.Kind kind = DataSchemas.kindOf(file.path());
                if (kind == null) {
                    problems.add(new RuleProblem(file.path(), 0, "这里不能放数据文件：主题放在 themes/<主题>/，事项放在 matters/，"
                            + "共用的材料和问题放在 materials/、questions/"));
                    continue;
                }
                ReadData data = dataCache.computeIfAbsent(CompiledFile.cacheKey(file), k -> readData(file, kind));
                problems.addAll(data.problems());
                if (data.problems().isEmpty()) {
                    dataFiles.put(file.path(), data.file());
                    definitions.read(data.file(), data.kind());
                }
                continue;
            }
            RuleFile.Parsed p = parseCache.computeIfAbsent(CompiledFile.cacheKey(file), k -> file.parse());
            problems.addAll(p.problems());
            List<RuleProblem> lint = p.ok()
                    ? lintCache.computeIfAbsent(CompiledFile.cacheKey(file), k -> RuleLint.vocabulary(p))
                    : List.of();
            problems.addAll(lint);
            if (p.ok() && lint.isEmpty()) {
                parsed.put(file.path(), p);
            } else {
                // Never compiled, let alone run: a file that does not parse or reaches outside the vocabulary.
                unparsable.add(file.path());
            }
        }
        definitions.resolveVersions();
        definitions.checkThemes();
        definitions.checkRequirements();
        definitions.checkLicenceConditions(flagsInferred(files));
        problems.addAll(definitions.problems);

        // A matter's rules: its own DRL and the rules generated from the requirements listed in its data.
        Map<String, List<String>> matterFiles = new LinkedHashMap<>();
        List<RuleFile> generated = new ArrayList<>();
        for (MatterDef m : definitions.matters.values()) {
            String dataPath = m.file().replaceAll("\\.drl$", ".yaml");
            List<String> own = new ArrayList<>(List.of(m.file()));
            List<DefinitionReader.Requirement> requirements = definitions.requirements.get(m.id());
            if (definitions.brokenMatters.contains(m.id())) {
                own.add(dataPath);
                unparsable.add(dataPath);
            } else if (requirements != null) {
                RuleFile rules = RequirementRules.generate(m, dataPath, requirements, definitions.materials);
                generated.add(rules);
                own.add(dataPath);
                RuleFile.Parsed p = parseCache.computeIfAbsent(CompiledFile.cacheKey(rules), k -> rules.parse());
                List<RuleProblem> lint = p.ok()
                        ? lintCache.computeIfAbsent(CompiledFile.cacheKey(rules), k -> RuleLint.vocabulary(p))
                        : List.of();
                if (p.ok() && lint.isEmpty()) {
                    parsed.put(dataPath, p);
                } else {
                    // Data that passed its schema always makes valid rules; say so plainly if it ever does not.
                    problems.add(new RuleProblem(dataPath, 0, "由 requires 生成的规则有误，请把这一事项交技术人员检查："
                            + (p.problems().isEmpty() ? lint : p.problems()).get(0).message()));
                    unparsable.add(dataPath);
                }
            }
            matterFiles.put(m.id(), List.copyOf(own));
        }
        // A theme version's own DRL is compiled into that version alone; the folder's other DRL into all of them.
        Set<String> entryFiles = new LinkedHashSet<>();
        definitions.themes.values().forEach(e -> entryFiles.add(e.ownDrl()));

        // Work out every theme's files, then compile each file once (in parallel), then build each
        // theme's KieBase from the compiled packages (in parallel).
        Set<String> allPaths = new LinkedHashSet<>();
        files.forEach(f -> allPaths.add(f.path()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, List<RuleProblem>> themeProblems = new LinkedHashMap<>();
        // Broken files and the themes they keep from publishing: one problem per file, not one per theme.
        Map<String, Set<String>> blockedBy = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (DefinitionReader.ThemeEntry entry : definitions.themes.values()) {
            List<RuleProblem> tp = new ArrayList<>();
            List<String> group = themeFiles(entry, parsed.keySet(), allPaths, entryFiles, matterFiles, tp);
            for (String broken : unparsable) {
                boolean otherVersion = entryFiles.contains(broken) && !broken.equals(entry.ownDrl());
                boolean ownMatter = broken.startsWith("matters/") && entry.theme().matters().stream()
                        .anyMatch(m -> matterFiles.getOrDefault(m.matterId(), List.of()).contains(broken));
                boolean ownShared = entry.uses().stream().anyMatch(u -> broken.equals("shared/" + u + ".drl"));
                if (broken.startsWith("common/") || ownMatter || ownShared
                        || folderOf(broken).equals(folderOf(entry.file())) && !otherVersion) {
                    blockedBy.computeIfAbsent(broken, k -> new LinkedHashSet<>()).add(entry.theme().id());
                }
            }
            groups.put(entry.theme().id(), group);
            themeProblems.put(entry.theme().id(), tp);
            used.addAll(group);
        }
        long parsedAt = System.nanoTime();
        Map<String, CompiledFile> compiledFiles = new ConcurrentHashMap<>();
        parallel(used, path -> compiledFiles.put(path, CompiledFile.compile(parsed.get(path), classLoader,
                definitions.matters, definitions.materials, definitions.questions, packageCache)));
        // Keep only what this load used: superseded compilations are dropped and can be collected.
        Set<String> current = new LinkedHashSet<>();
        used.forEach(path -> current.add(CompiledFile.cacheKey(parsed.get(path).file())));
        packageCache.keySet().retainAll(current);
        Set<String> read = new LinkedHashSet<>();
        files.forEach(f -> read.add(CompiledFile.cacheKey(f)));
        generated.forEach(f -> read.add(CompiledFile.cacheKey(f)));
        parseCache.keySet().retainAll(read);
        lintCache.keySet().retainAll(read);
        dataCache.keySet().retainAll(read);
        keysCache.keySet().retainAll(read);
        for (String path : used) {
            problems.addAll(compiledFiles.get(path).problems());
        }
        groups.forEach((id, group) -> {
            for (String path : group) {
                if (!compiledFiles.get(path).ok()) {
                    blockedBy.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(id);
                }
            }
        });
        Set<String> blocked = new LinkedHashSet<>();
        blockedBy.values().forEach(blocked::addAll);
        long compiledAt = System.nanoTime();
        Map<String, CompiledTheme> built = new ConcurrentHashMap<>();
        Map<String, CompletableFuture<Built>> kieBases = new ConcurrentHashMap<>();
        Map<String, String> fileKeys = new java.util.HashMap<>();
        used.forEach(path -> fileKeys.put(path, CompiledFile.cacheKey(parsed.get(path).file())));
        parallel(definitions.themes.keySet(), id -> {
            List<RuleProblem> tp = themeProblems.get(id);
            if (!tp.isEmpty() || blocked.contains(id)) {
                return;
            }
            CompiledTheme compiled = compile(definitions.themes.get(id), groups.get(id), compiledFiles,
                    parsed, dataFiles, definitions, tp, kieBases, fileKeys);
            if (compiled != null) {
                built.put(id, compiled);
            }
        });
        Map<String, CompiledTheme> themes = new LinkedHashMap<>();
        for (String id : definitions.themes.keySet()) {
            if (built.containsKey(id)) {
                themes.put(id, built.get(id));
            } else {
                problems.addAll(themeProblems.get(id));
                log.warn("主题 {} 未能加载: {}", id, themeProblems.get(id));
            }
        }
        blockedBy.forEach((path, ids) -> attachBlockedThemes(problems, path, ids, definitions));
        Map<String, Built> nextKieBases = new ConcurrentHashMap<>();
        kieBases.forEach((key, future) -> {
            if (future.isDone() && !future.isCompletedExceptionally()) {
                nextKieBases.put(key, future.join());
            }
        });
        kieBaseCache = nextKieBases;
        Ruleset ruleset = new Ruleset(hash(files), Instant.now(), Collections.unmodifiableMap(themes),
                Collections.unmodifiableMap(definitions.matters), Collections.unmodifiableMap(definitions.materials),
                Collections.unmodifiableMap(definitions.questions), List.copyOf(problems),
                Collections.unmodifiableMap(new LinkedHashMap<>(definitions.jurisdictions)),
                List.copyOf(definitions.synonyms));
        long now = System.nanoTime();
        log.info("Loaded rules {} from {}: {} themes from {} files, {} problems in {} ms "
                + "(parse {} ms, compile {} ms, build {} ms)", ruleset.version(), rulesDir, themes.size(),
                files.size(), problems.size(), (now - started) / 1_000_000, (parsedAt - started) / 1_000_000,
                (compiledAt - parsedAt) / 1_000_000, (now - compiledAt) / 1_000_000);
        return ruleset;
    }

    /**
     * Names, on the first problem of a broken file, the themes it keeps from publishing: a mistake in a
     * matter shared by fourteen themes is one problem, not fifteen.
     */
    private static void attachBlockedThemes(List<RuleProblem> problems, String path, Set<String> themeIds,
            DefinitionReader definitions) {
        List<String> names = new ArrayList<>();
        for (String id : themeIds) {
            names.add("「" + definitions.themes.get(id).theme().name() + "」（" + id + "）");
        }
        String suffix = "。因此未能发布的主题（" + names.size() + " 个）：" + String.join("、", names);
        for (int i = 0; i < problems.size(); i++) {
            RuleProblem p = problems.get(i);
            if (p.file().equals(path)) {
                problems.set(i, new RuleProblem(p.file(), p.line(), p.column(), p.message() + suffix));
                return;
            }
        }
        problems.add(new RuleProblem(path, 0, "该文件有错误" + suffix));
    }

    /** A data file read and checked against its schema; problems empty when it may be used. */
    private record ReadData(DataFile file, DataSchemas.Kind kind, List<RuleProblem> problems) {
    }

    private static ReadData readData(RuleFile file, DataSchemas.Kind byPath) {
        DataFile data = DataFile.read(file.path(), file.text());
        if (!data.ok()) {
            return new ReadData(data, byPath, List.of(data.syntaxError()));
        }
        DataSchemas.Kind kind = byPath == DataSchemas.Kind.THEME && data.root().has("implements")
                ? DataSchemas.Kind.VERSION : byPath;
        return new ReadData(data, kind, List.copyOf(DataSchemas.validate(data, kind)));
    }

    private Set<String> answerKeysUsed(RuleFile.Parsed parsed) {
        return keysCache.computeIfAbsent(CompiledFile.cacheKey(parsed.file()), k -> RuleLint.answerKeysUsed(parsed));
    }

    /** Runs the task for every item on all cores; rule compilation is CPU-bound and independent. */
    private static final java.util.regex.Pattern NEW_FLAG = java.util.regex.Pattern.compile("new\\s+Flag\\(\\s*\"([^\"]+)\"");

    /** The classification names some DRL file inserts ({@code new Flag("…")}). */
    private static Set<String> flagsInferred(List<RuleFile> files) {
        Set<String> flags = new LinkedHashSet<>();
        for (RuleFile f : files) {
            if (f.path().endsWith(".drl")) {
                java.util.regex.Matcher m = NEW_FLAG.matcher(f.text());
                while (m.find()) {
                    flags.add(m.group(1));
                }
            }
        }
        return flags;
    }

    private static void parallel(Collection<String> items, Consumer<String> task) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String item : items) {
                futures.add(pool.submit(() -> task.accept(item)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rule loading interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rule loading failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<RuleFile> readFiles(Path dir, List<RuleProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new RuleProblem(dir.toString(), 0, "规则目录不存在"));
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> (p.toString().endsWith(".drl") || p.toString().endsWith(".yaml"))
                    && Files.isRegularFile(p) && !dir.relativize(p).startsWith("schema")).sorted().toList();
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
            Set<String> allFiles, Set<String> entryFiles, Map<String, List<String>> matterFiles,
            List<RuleProblem> problems) {
        Set<String> group = new LinkedHashSet<>();
        if (parsedFiles.contains(entry.ownDrl())) {
            group.add(entry.ownDrl());
        }
        String folder = folderOf(entry.file());
        for (String f : parsedFiles) {
            if (folderOf(f).equals(folder) && !entryFiles.contains(f)) {
                group.add(f);
            }
        }
        // Shared decisions stand with the theme's own logic, before its matters: the questions they ask come
        // in the order the theme asks them, ahead of the matters' own questions.
        for (int i = 0; i < entry.uses().size(); i++) {
            String shared = "shared/" + entry.uses().get(i) + ".drl";
            if (parsedFiles.contains(shared)) {
                group.add(shared);
            } else if (!allFiles.contains(shared)) {
                DataFile.Position at = entry.usesAt().get(i);
                problems.add(new RuleProblem(entry.file(), at.line(), at.column(), "共用判断 " + entry.uses().get(i)
                        + " 不存在（应有 rules/" + shared + "）"));
            }
        }
        List<ThemeMatter> matters = entry.theme().matters();
        for (int i = 0; i < matters.size(); i++) {
            ThemeMatter m = matters.get(i);
            List<String> own = matterFiles.get(m.matterId());
            if (own == null) {
                DataFile.Position at = entry.matterAt().get(i);
                problems.add(new RuleProblem(entry.file(), at.line(), at.column(), "事项 " + m.matterId()
                        + " 未定义（应有 matters/" + m.matterId() + ".yaml）"));
                continue;
            }
            for (String file : own) {
                if (parsedFiles.contains(file)) {
                    group.add(file);
                }
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

    private CompiledTheme compile(DefinitionReader.ThemeEntry entry, List<String> group,
            Map<String, CompiledFile> compiledFiles, Map<String, RuleFile.Parsed> parsed, Map<String, DataFile> dataFiles,
            DefinitionReader definitions, List<RuleProblem> problems, Map<String, CompletableFuture<Built>> kieBases,
            Map<String, String> fileKeys) {
        Theme theme = entry.theme();
        // The version changes with the theme's data too (departments, notes), not only with its rules.
        List<String> files = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        DataFile data = dataFiles.get(entry.file());
        if (data != null) {
            files.add(data.path());
            content.append(data.path()).append('\0').append(data.text()).append('\0');
        }
        files.addAll(group);
        Set<String> asked = new LinkedHashSet<>();
        Set<String> conditional = new LinkedHashSet<>();
        Set<String> unconditional = new LinkedHashSet<>();
        int ruleCount = 0;
        StringBuilder rules = new StringBuilder();
        for (String path : group) {
            CompiledFile file = compiledFiles.get(path);
            // A file's path and content hash, computed once per load: hashing every version's whole text made
            // thousands of versions cost seconds.
            rules.append(fileKeys.get(path)).append('\0');
            if (!file.ok()) {
                // Blocked themes are never compiled (see attachBlockedThemes); kept as a guard.
                problems.add(new RuleProblem(path, 0, "主题「" + theme.name() + "」（" + theme.id() + "）用到的文件有错误"));
                continue;
            }
            ruleCount += file.ruleCount();
            asked.addAll(file.asked());
            conditional.addAll(file.askedConditional());
            unconditional.addAll(file.askedAlways());

        }
        if (!problems.isEmpty()) {
            return null;
        }
        Set<String> read = new LinkedHashSet<>();
        for (String path : group) {
            // common/ classifies answers every theme may or may not ask (by-agent, premises): not a gap.
            if (!path.startsWith("common/")) {
                read.addAll(answerKeysUsed(parsed.get(path)));
            }
        }
        Set<String> readByCommon = new LinkedHashSet<>();
        for (String path : group) {
            if (path.startsWith("common/")) {
                readByCommon.addAll(answerKeysUsed(parsed.get(path)));
            }
        }
        for (String key : asked) {
            if (!read.contains(key) && !readByCommon.contains(key)) {
                problems.add(at(group, parsed, ASKED, key, entry.file(), "主题「" + theme.name() + "」（" + theme.id()
                        + "）问了问题 " + key + "，但没有规则用到它的回答：删去这个问题，或写出依据它的规则"));
            }
        }
        for (String key : read) {
            if (!asked.contains(key)) {
                problems.add(at(group, parsed, READ, key, entry.file(), "主题「" + theme.name() + "」（" + theme.id()
                        + "）的规则用到问题 " + key + " 的回答，但本主题从不问它：在适当的规则里 insert(new Ask(\"" + key + "\"))"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<QuestionDef> questions = asked.stream().map(definitions.questions::get).toList();
        conditional.removeAll(unconditional);
        content.append(rules);
        String version = hash(content.toString());
        // The KieBase depends on the rule files alone; a theme's data is applied when its advice is read.
        // Versions with the same files share one, built by whichever asks first (the others wait for it);
        // files unchanged since the last load keep the KieBase being served, and its sessions.
        String rulesKey = hash(rules.toString());
        CompletableFuture<Built> mine = new CompletableFuture<>();
        CompletableFuture<Built> theirs = kieBases.putIfAbsent(rulesKey, mine);
        if (theirs == null) {
            try {
                Built kept = kieBaseCache.get(rulesKey);
                mine.complete(kept != null ? kept : build(group, compiledFiles));
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        Built b = (theirs == null ? mine : theirs).join();
        return new CompiledTheme(theme, b.kieBase(), List.copyOf(questions), Set.copyOf(conditional),
                List.copyOf(files), ruleCount, version, b.compileMillis(), b.sessions());
    }

    private static final String ASKED = "new\\s+Ask\\s*\\(\\s*\"%s\"";
    private static final String READ = "key\\s*==\\s*\"%s\"";

    /**
     * A problem about a question, at the first place in the theme's files where the question is asked (or its
     * answer read): the line policy staff have to change. The theme's file when no such place is found.
     */
    private static RuleProblem at(List<String> group, Map<String, RuleFile.Parsed> parsed, String pattern, String key,
            String fallback, String message) {
        // Question ids are lower-case ASCII letters, digits and hyphens: literal in a pattern.
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(String.format(pattern, key));
        for (String path : group) {
            String text = parsed.get(path).file().text();
            java.util.regex.Matcher m = p.matcher(text);
            if (m.find()) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < m.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                return new RuleProblem(path, line, m.start() - lineStart + 1, message);
            }
        }
        return new RuleProblem(fallback, 0, message);
    }

    private Built build(List<String> group, Map<String, CompiledFile> compiledFiles) {
        long started = System.nanoTime();
        List<KiePackage> copies = new ArrayList<>();
        for (String path : group) {
            copies.addAll(compiledFiles.get(path).copies(classLoader));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(copies);
        return new Built(kieBase, kieBase.newKieSessionsPool(SESSION_POOL_SIZE), (System.nanoTime() - started) / 1_000_000);
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
