package cn.hubei.yishi.advisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * One rule file compiled once, whatever the number of themes that use it: a matter shared by twenty
 * themes is compiled once and its packages added to twenty KieBases. Also what a static reading of
 * its logic rules finds: the questions they ask, and references to undefined matters or materials.
 *
 * @param asked            question keys asked, in the order the rules are written
 * @param askedConditional keys asked by a rule that has conditions
 * @param askedAlways      keys asked by a rule without conditions
 */
record CompiledFile(
        String path,
        Collection<KiePackage> packages,
        int ruleCount,
        Set<String> asked,
        Set<String> askedConditional,
        Set<String> askedAlways,
        List<RuleProblem> problems) {

    private static final Pattern ASK = Pattern.compile("new\\s+Ask\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern MATTER_REF =
            Pattern.compile("new\\s+(?:Applies|NotApplicable|Unmet|TimeLimit)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern REQUIRES =
            Pattern.compile("Requires\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");

    /**
     * Consequences compiled with the Eclipse compiler: measured here about twice as fast as the JDK's
     * for many small rule files.
     */
    private static final Properties BUILDER_OPTIONS = new Properties();

    static {
        BUILDER_OPTIONS.setProperty("drools.dialect.java.compiler", "ECLIPSE");
    }

    /**
     * @param packageCache compiled packages of earlier loads by {@link #cacheKey}: a file that has not
     *                     changed since is not compiled again
     */
    static CompiledFile compile(RuleFile.Parsed parsed, ClassLoader classLoader, Map<String, ?> matters,
            Map<String, ?> materials, Map<String, ?> questions, Map<String, Collection<KiePackage>> packageCache) {
        RuleFile file = parsed.file();
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        Set<String> conditional = new LinkedHashSet<>();
        Set<String> always = new LinkedHashSet<>();
        int ruleCount = 0;
        for (RuleDescr rule : parsed.descr().getRules()) {
            ruleCount++;
            String rhs = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
            boolean hasLhs = rule.getLhs() != null && !rule.getLhs().getDescrs().isEmpty();
            Matcher ask = ASK.matcher(rhs);
            while (ask.find()) {
                if (!questions.containsKey(ask.group(1))) {
                    problems.add(undefined(file, rule, "问题", ask.group(1)));
                }
                asked.add(ask.group(1));
                (hasLhs ? conditional : always).add(ask.group(1));
            }
            Matcher m = MATTER_REF.matcher(rhs);
            while (m.find()) {
                if (!matters.containsKey(m.group(1))) {
                    problems.add(undefined(file, rule, "事项", m.group(1)));
                }
            }
            Matcher r = REQUIRES.matcher(rhs);
            while (r.find()) {
                if (!matters.containsKey(r.group(1))) {
                    problems.add(undefined(file, rule, "事项", r.group(1)));
                }
                if (!materials.containsKey(r.group(2))) {
                    problems.add(undefined(file, rule, "材料", r.group(2)));
                }
            }
        }
        Collection<KiePackage> packages = List.of();
        Collection<KiePackage> cached = problems.isEmpty() ? packageCache.get(cacheKey(file)) : null;
        if (cached != null) {
            packages = cached;
        } else if (problems.isEmpty() && ruleCount > 0) {
            // Parse afresh for the builder, which annotates the descriptors it compiles; the parsed form
            // passed in is shared and stays untouched.
            PackageDescr descr = file.parse().descr();
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                    KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(BUILDER_OPTIONS, classLoader));
            try {
                builder.add(new DescrResource(descr), ResourceType.DESCR);
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                // One file's failure stays that file's problem: the reload goes on with the others.
                return new CompiledFile(file.path(), List.of(), ruleCount, asked, conditional, always,
                        List.of(new RuleProblem(file.path(), 0, "编译该文件时出错（" + e.getClass().getSimpleName()
                                + "）：请检查最近修改的规则")));
            }
            for (KnowledgeBuilderError error : builder.getErrors()) {
                int[] lines = error.getLines();
                String message = error.getMessage().trim();
                int line = lines == null || lines.length == 0 ? 0 : lines[0];
                Matcher at = COMPILER_AT.matcher(message);
                if (line == 0 && at.find()) {
                    line = Integer.parseInt(at.group(1));
                }
                problems.add(new RuleProblem(file.path(), line, compilerMessage(message)));
            }
            if (problems.isEmpty()) {
                packages = builder.getKnowledgePackages();
                // Mark the compiled originals as in use, so that no KieBase ever wires an original into its
                // network: every theme gets its own copy (see copies()), and the originals stay read-only.
                packages.forEach(pkg -> ((InternalKnowledgePackage) pkg).deepCloneIfAlreadyInUse(classLoader));
                packageCache.put(cacheKey(file), packages);
            }
        }
        return new CompiledFile(file.path(), packages, ruleCount, asked, conditional, always,
                List.copyOf(problems));
    }

    private static final Pattern COMPILER_AT = Pattern.compile("\\.drl:(\\d+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The method (\\w+)\\((.*?)\\) in the type (\\w+) is not applicable for the arguments \\((.*?)\\)");
    private static final Pattern NO_CONSTRUCTOR = Pattern.compile("The constructor (\\w+)\\((.*?)\\) is undefined");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\S+) cannot be resolved(?: to a (?:type|variable))?");

    /**
     * The compiler's English, said in Chinese: the call whose arguments are wrong and what they should be.
     * The lint has already refused anything outside the vocabulary, so what reaches here is a wrong argument.
     */
    static String compilerMessage(String message) {
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            Matcher m;
            if ((m = NOT_APPLICABLE.matcher(line)).find()) {
                parts.add(m.group(3) + "." + m.group(1) + " 的参数不对：应为（" + types(m.group(2)) + "），写的是（"
                        + types(m.group(4)) + "）");
            } else if ((m = NO_CONSTRUCTOR.matcher(line)).find()) {
                parts.add("new " + m.group(1) + "(…) 的参数个数或类型不对（写的是：" + types(m.group(2))
                        + "）：见 rules/README.md 中该事实的写法");
            } else if ((m = UNRESOLVED.matcher(line)).find()) {
                parts.add("无法识别「" + m.group(1) + "」：检查拼写，变量要先在条件中绑定（如 $n : number）");
            }
        }
        if (parts.isEmpty()) {
            return "规则编译出错：检查这条规则结论（then）中各事实的写法和参数（见 rules/README.md）";
        }
        return "规则编译出错：" + String.join("；", parts);
    }

    private static String types(String list) {
        return list.replace("String", "文字").replace("int", "整数").replace("Number", "数字");
    }

    /** A file's identity for the compile cache: its path and its exact content. */
    static String cacheKey(RuleFile file) {
        return file.path() + '\0' + RulesetLoader.hash(file.text());
    }

    private static RuleProblem undefined(RuleFile file, RuleDescr rule, String kind, String id) {
        return new RuleProblem(file.path(), rule.getLine(), "规则「" + rule.getName() + "」引用了未定义的" + kind + " " + id);
    }

    /** Private copies of this file's packages for one KieBase; copying reads the original, one thread at a time. */
    List<KiePackage> copies(ClassLoader classLoader) {
        List<KiePackage> copies = new ArrayList<>(packages.size());
        for (KiePackage pkg : packages) {
            InternalKnowledgePackage original = (InternalKnowledgePackage) pkg;
            synchronized (original) {
                copies.add(original.deepCloneIfAlreadyInUse(classLoader));
            }
        }
        return copies;
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
