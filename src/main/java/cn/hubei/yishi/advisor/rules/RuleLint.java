package cn.hubei.yishi.advisor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/**
 * Keeps staff-written DRL inside the authoring vocabulary: the facts in {@code cn.hubei.yishi.advisor.facts} plus plain
 * values from {@code java.lang}, {@code java.util} and {@code java.time}. A rule file must not be a way to run
 * arbitrary Java on the server, so everything else a DRL file could reach is reported as a {@link RuleProblem}.
 *
 * <p>Two layers. The parsed {@link PackageDescr} is checked for declarations (imports, functions, globals, declared
 * types, entry points, windows, units, timer attributes) and for condition constructs that evaluate arbitrary
 * expressions ({@code eval}, {@code from}, accumulate code blocks). Then the whole file text, with comments and
 * string literals blanked out (so Chinese messages never matter), is scanned for names that reach the process, threads,
 * reflection, files, the network or the engine itself, and for fully qualified class names outside the vocabulary.
 * Scanning the whole file rather than just the conditions and consequences also covers rule attributes
 * ({@code salience (…)}, {@code enabled (…)}), queries and named consequences.
 */
final class RuleLint {

    private RuleLint() {
    }

    private static final String VOCABULARY =
            "规则只能使用 cn.hubei.yishi.advisor.facts 中的事实（Answer、Ask、Applies、NotApplicable、Unmet、Requires、Flag）";

    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "cn\\.hubei\\.yishi\\.advisor\\.facts\\.(\\*|[A-Z][\\w$]*)|java\\.(util|time)\\.(\\*|[A-Z][\\w$]*)");

    /** Package roots that belong to the JDK, libraries or the application itself. */
    private static final Set<String> RESERVED_ROOTS =
            Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "cn", "net", "io", "groovy", "kotlin", "scala");

    /** Qualified names a rule may spell out in full. */
    private static final Pattern ALLOWED_QUALIFIED = Pattern.compile(
            "(java\\.util\\.(\\*|[A-Z])|java\\.time\\.|cn\\.hubei\\.yishi\\.advisor\\.facts\\.(\\*|[A-Z])).*");

    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("timer", "calendars", "duration");

    // ---- names forbidden in any code of the file: conditions, consequences, attributes, queries ----

    private record Category(String what, String instead, List<String> words) {
    }

    private static final String DO_INSTEAD = "请只用事实表达政策：条件写在 when 中，如 Answer(key == \"…\", yes == true)；结论在 then 中用 insert(...) 放入";

    private static final List<Category> CATEGORIES = List.of(
            new Category("规则不能访问或控制服务器的系统和进程", DO_INSTEAD, List.of(
                    "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle", "SecurityManager", "Shutdown",
                    "getRuntime", "exit(", "exec(")),
            new Category("规则不能创建线程、后台任务或等待", DO_INSTEAD, List.of(
                    "Thread", "ThreadLocal", "InheritableThreadLocal", "ThreadGroup", "ScopedValue", "Executor",
                    "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask",
                    "synchronized", "wait(", "notify(", "notifyAll(")),
            new Category("规则不能使用反射或加载类", DO_INSTEAD, List.of(
                    "Class", "ClassLoader", "ClassValue", "getClass", "getClassLoader", "forName", "loadClass",
                    "defineClass", "Method", "Field", "Constructor", "Proxy", "MethodHandle", "MethodHandles",
                    "VarHandle", "Module", "ModuleLayer", "StackWalker", "ServiceLoader", "ResourceBundle", "Unsafe",
                    "invoke(", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
                    "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
                    "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "setAccessible", ".class")),
            new Category("规则不能读写文件", DO_INSTEAD, List.of(
                    "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "RandomAccessFile", "Formatter",
                    "Scanner")),
            new Category("规则不能访问网络", DO_INSTEAD, List.of(
                    "URL", "URI", "Socket", "ServerSocket", "DatagramSocket", "InetAddress", "HttpClient")),
            new Category("规则不能直接操作规则引擎（drools、kcontext）",
                    "请只用 insert(...)、insertLogical(...)、modify(...)、update(...)、delete(...) 放入、修改事实", List.of(
                    "drools", "kcontext", "halt(")),
            new Category("规则不能写循环（可能使计算无法结束）",
                    "请在 when 中写出要匹配的事实，引擎会对每个匹配分别执行一次规则", List.of(
                    "while", "for", "foreach", "do{")),
            new Category("eval(...) 会执行任意 Java 表达式",
                    "请把条件直接写在事实里，例如 Answer(key == \"…\", number >= 3)", List.of(
                    "eval(")));

    private record Token(Pattern pattern, Category category, String shown) {
    }

    private static final List<Token> TOKENS = tokens();

    private static final String EVAL_MESSAGE = TOKENS.stream().filter(t -> t.shown().equals("eval(...)"))
            .map(t -> messageFor(t.category(), Set.of(t.shown()))).findFirst().orElseThrow();

    private static List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        for (Category c : CATEGORIES) {
            for (String word : c.words()) {
                String shown = word.endsWith("(") ? word + "...)" : word.equals("do{") ? "do { ... }" : word;
                tokens.add(new Token(wordPattern(word), c, shown));
            }
        }
        return List.copyOf(tokens);
    }

    /** One message for all the names of a category found on one line. */
    private static String messageFor(Category c, Set<String> shown) {
        if (shown.equals(Set.of("eval(...)"))) {
            return "不允许在条件中使用 eval(...)：" + c.what() + "。" + c.instead();
        }
        return "不允许使用 " + String.join("、", shown) + "：" + c.what() + "。" + c.instead();
    }

    private static final String ID = "\\p{javaJavaIdentifierPart}";

    /** A name on identifier boundaries (so {@code getFile} or {@code $File} is not {@code File}); "(" allows spaces before it. */
    private static Pattern wordPattern(String word) {
        String regex;
        if (word.endsWith("(")) {
            regex = "(?<![" + ID + "])" + Pattern.quote(word.substring(0, word.length() - 1)) + "\\s*\\(";
        } else if (word.equals("do{")) {
            regex = "(?<![" + ID + "])do\\s*\\{";
        } else if (word.equals(".class")) {
            regex = "\\.\\s*class(?![" + ID + "])";
        } else {
            regex = "(?<![" + ID + "])" + Pattern.quote(word) + "(?![" + ID + "])";
        }
        return Pattern.compile(regex);
    }

    /** A dotted name starting with a lowercase segment, e.g. {@code java.io.File} or {@code java . lang . System}. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![" + ID + "])[a-z_][" + ID + "]*(?:\\s*\\.\\s*[" + ID + "]+)+(?:\\s*\\.\\s*\\*)?");

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");

    private static final Pattern PACKAGE_STATEMENT = Pattern.compile(
            "\\A\\s*package[ \\t]+[\\w$]+(?:[ \\t]*\\.[ \\t]*[\\w$]+)*[ \\t]*;?");

    // ---- vocabulary ----

    /** Every way {@code parsed} reaches outside the authoring vocabulary; empty when it does not, or did not parse. */
    static List<RuleProblem> vocabulary(RuleFile.Parsed parsed) {
        PackageDescr pkg = parsed.descr();
        if (pkg == null) {
            return List.of();
        }
        Problems problems = new Problems(parsed.file().path());
        Set<Integer> declarationLines = new HashSet<>();

        String name = pkg.getName() == null ? "" : pkg.getName().trim();
        String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED_ROOTS.contains(root)) {
            problems.add(Math.max(pkg.getLine(), 0), "包名 " + name + " 不允许以 " + root
                    + " 开头：这是系统保留的包名。请按文件所在目录命名，例如 package matters.company_setup");
        }

        for (ImportDescr imp : pkg.getImports()) {
            if (!ALLOWED_IMPORT.matcher(imp.getTarget().trim()).matches()) {
                declarationLines.add(imp.getLine());
                problems.add(imp.getLine(), "不允许导入 " + imp.getTarget() + "：" + VOCABULARY
                        + "，以及 java.util、java.time 中的类。请删除这一行，文件开头写 import cn.hubei.yishi.advisor.facts.*; 即可");
            }
        }
        for (ImportDescr imp : pkg.getFunctionImports()) {
            declarationLines.add(imp.getLine());
            problems.add(imp.getLine(), "不允许导入函数 " + imp.getTarget()
                    + "（import function / import static）：规则不能调用外部 Java 方法。请删除这一行，判断写在 when 的条件里，结论用 insert(...) 放入");
        }
        for (ImportDescr imp : pkg.getAccumulateImports()) {
            declarationLines.add(imp.getLine());
            problems.add(imp.getLine(), "不允许导入累计函数 " + imp.getTarget()
                    + "（import accumulate）：会加载外部 Java 类。请删除这一行，使用内置的 count、sum、min、max 等");
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            problems.add(f.getLine(), "不允许定义函数 " + f.getName()
                    + "（function）：规则文件里不能写 Java 方法。请把判断写成 when 中的条件，必要时拆成几条规则");
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            problems.add(g.getLine(), "不允许声明全局变量 " + g.getIdentifier()
                    + "（global）：全局变量在各次申请之间共享，会串用不同申请人的数据。请用事实传递信息，例如 insert(new Flag(\"…\"))");
        }
        List<AbstractClassTypeDeclarationDescr> declared = new ArrayList<>(pkg.getTypeDeclarations());
        declared.addAll(pkg.getEnumDeclarations());
        for (AbstractClassTypeDeclarationDescr t : declared) {
            problems.add(t.getLine(), "不允许声明新的类型 " + t.getTypeName() + "（declare）：" + VOCABULARY
                    + "。请用 Flag 表示分类，例如 insert(new Flag(\"…\"))");
        }
        for (EntryPointDeclarationDescr e : pkg.getEntryPointDeclarations()) {
            problems.add(e.getLine(), "不允许声明 entry-point：系统只把事实放入默认的工作内存。请直接匹配事实");
        }
        for (WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
            problems.add(w.getLine(), "不允许声明 window：规则在一次计算中完成，不处理事件流。请直接匹配事实");
        }
        if (pkg.getUnit() != null) {
            problems.add(pkg.getUnit().getLine(), "不允许使用 unit：规则单元绑定 Java 类。请删除这一行");
        }
        for (AttributeDescr a : pkg.getAttributes()) {
            checkAttribute(a, pkg.getLine(), problems);
        }

        for (RuleDescr rule : pkg.getRules()) {
            int ruleLine = Math.max(rule.getLine(), 0);
            for (AttributeDescr a : rule.getAttributes().values()) {
                checkAttribute(a, ruleLine, problems);
            }
            if (rule.getLhs() != null) {
                conditions(rule.getLhs(), ruleLine, problems);
            }
        }

        scanText(parsed.file().text(), declarationLines, problems);
        return problems.sorted();
    }

    private static void checkAttribute(AttributeDescr a, int fallbackLine, Problems problems) {
        if (FORBIDDEN_ATTRIBUTES.contains(a.getName())) {
            problems.add(a.getLine() > 0 ? a.getLine() : fallbackLine, "不允许使用规则属性 " + a.getName()
                    + "：规则在一次计算中完成，不能定时或延时执行。请删除该属性");
        }
    }

    /** eval, from, entry-point, window and accumulate code anywhere in a condition tree. */
    private static void conditions(BaseDescr d, int fallbackLine, Problems problems) {
        int line = d.getLine() > 0 ? d.getLine() : fallbackLine;
        if (d instanceof EvalDescr) {
            problems.add(line, EVAL_MESSAGE);
        } else if (d instanceof PatternDescr p) {
            if (p.getSource() != null) {
                source(p.getSource(), line, problems);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                conditions(child, line, problems);
            }
        }
    }

    private static void source(PatternSourceDescr src, int patternLine, Problems problems) {
        int line = src.getLine() > 0 ? src.getLine() : patternLine;
        if (src instanceof AccumulateDescr acc) {
            if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getReverseCode() != null
                    || acc.getResultCode() != null) {
                problems.add(line, "不允许在 accumulate 中写 init/action/reverse/result 代码：这些代码是任意 Java。"
                        + "请使用内置函数，例如 accumulate(Answer(key == \"…\"); $n : count())");
            }
            for (BaseDescr input : inputs(acc)) {
                conditions(input, line, problems);
            }
        } else if (src instanceof CollectDescr collect) {
            for (BaseDescr input : inputs(collect)) {
                conditions(input, line, problems);
            }
        } else if (src instanceof EntryPointDescr) {
            problems.add(line, "不允许使用 from entry-point：系统只把事实放入默认的工作内存。请直接匹配事实，例如 Answer(key == \"…\")");
        } else if (src instanceof FromDescr) {
            problems.add(line, "不允许在条件中使用 from：from 后面的表达式会执行 Java 代码。"
                    + "请直接匹配事实，例如 Answer(key == \"…\")、Applies(matter == \"…\")");
        } else {
            problems.add(line, "不允许使用这种数据来源（" + src.getClass().getSimpleName().replace("Descr", "")
                    + "）：请直接匹配事实，例如 Answer(key == \"…\")");
        }
    }

    /** The conditions an accumulate or collect reads from. */
    private static List<BaseDescr> inputs(PatternSourceDescr src) {
        BaseDescr input = src instanceof AccumulateDescr acc ? acc.getInput()
                : src instanceof CollectDescr collect ? collect.getInputPattern() : null;
        return input == null ? List.of() : List.of(input);
    }

    /** Forbidden names and qualified names anywhere in the code of the file (comments and strings blanked). */
    private static void scanText(String text, Set<Integer> declarationLines, Problems problems) {
        int[] lineStarts = lineStarts(text);
        Matcher escapes = UNICODE_ESCAPE.matcher(text);
        while (escapes.find()) {
            problems.add(lineOf(lineStarts, escapes.start()), "不允许使用 \\uXXXX 形式的转义字符（"
                    + escapes.group() + "）：它会改变代码的含义。请直接写出字符本身");
        }
        String code = codeOnly(text);
        Matcher pkg = PACKAGE_STATEMENT.matcher(code);
        if (pkg.find()) {
            code = blank(code, 0, pkg.end());
        }
        Map<Integer, Map<Category, Set<String>>> found = new TreeMap<>();
        for (Token token : TOKENS) {
            Matcher m = token.pattern().matcher(code);
            while (m.find()) {
                int line = lineOf(lineStarts, m.start());
                if (!declarationLines.contains(line)) {
                    found.computeIfAbsent(line, l -> new LinkedHashMap<>())
                            .computeIfAbsent(token.category(), c -> new LinkedHashSet<>()).add(token.shown());
                }
            }
        }
        found.forEach((line, categories) -> categories.forEach((c, shown) -> problems.add(line, messageFor(c, shown))));
        Matcher dotted = DOTTED.matcher(code);
        while (dotted.find()) {
            if (precededByDot(code, dotted.start())) {
                continue;
            }
            String qualified = dotted.group().replaceAll("\\s+", "");
            String root = qualified.substring(0, qualified.indexOf('.'));
            boolean looksLikeClass = qualified.matches("[a-z_][\\w$]*(\\.[a-z_][\\w$]*)+\\.[A-Z].*");
            if ((RESERVED_ROOTS.contains(root) || looksLikeClass) && !ALLOWED_QUALIFIED.matcher(qualified).matches()) {
                int line = lineOf(lineStarts, dotted.start());
                if (!declarationLines.contains(line)) {
                    problems.add(line, "不允许使用完整类名 " + qualified + "：" + VOCABULARY
                            + "，以及 java.util、java.time 中的常用类。" + DO_INSTEAD);
                }
            }
        }
    }

    private static boolean precededByDot(String code, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= 0 && code.charAt(i) == '.';
    }

    private static String blank(String s, int from, int to) {
        StringBuilder b = new StringBuilder(s);
        for (int i = from; i < to; i++) {
            if (b.charAt(i) != '\n') {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /**
     * The text with comments and the contents of string and character literals replaced by spaces, keeping every
     * offset and line break. A string that is not closed on its line ends there, so an unbalanced quote can never hide
     * the code that follows it from the scan.
     */
    private static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blankRange(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blankRange(out, i, end);
                i = end;
            } else if (c == '"' && text.startsWith("\"\"\"", i) && textBlockOpens(text, i + 3)) {
                int end = closing(text, i + 3, "\"\"\"", false);
                blankRange(out, i + 3, Math.max(i + 3, end - 3));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = closing(text, i + 1, String.valueOf(c), true);
                blankRange(out, i + 1, Math.max(i + 1, end - 1));
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean textBlockOpens(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n';
    }

    /** Index just past the closing delimiter (or of the line end / text end when unclosed). */
    private static int closing(String text, int i, String delimiter, boolean endsAtLineEnd) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (endsAtLineEnd && c == '\n') {
                return i;
            } else if (text.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else {
                i++;
            }
        }
        return n;
    }

    private static void blankRange(StringBuilder out, int from, int to) {
        for (int i = from; i < Math.min(to, out.length()); i++) {
            if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Problems without duplicates (same line, same message), ordered by line. */
    private static final class Problems {
        private final String file;
        private final Map<String, RuleProblem> byKey = new LinkedHashMap<>();

        Problems(String file) {
            this.file = file;
        }

        void add(int line, String message) {
            int l = Math.max(line, 0);
            byKey.putIfAbsent(l + "\u0000" + message, new RuleProblem(file, l, message));
        }

        List<RuleProblem> sorted() {
            List<RuleProblem> list = new ArrayList<>(byKey.values());
            list.sort(Comparator.comparingInt(RuleProblem::line));
            return List.copyOf(list);
        }
    }

    // ---- answer keys ----

    private static final String STRING = "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')";
    private static final String KEY = "(?<![\\w$.])(?:this\\s*\\.\\s*)?key(?![\\w$])";
    private static final Pattern KEY_EQUALS = Pattern.compile(KEY + "\\s*==\\s*" + STRING);
    private static final Pattern EQUALS_KEY = Pattern.compile(STRING + "\\s*==\\s*" + KEY);
    private static final Pattern KEY_IN = Pattern.compile(KEY + "\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile(STRING);

    /** The question keys that the conditions of the file's non-definition rules read from {@code Answer} facts. */
    static Set<String> answerKeysUsed(RuleFile.Parsed parsed) {
        Set<String> keys = new LinkedHashSet<>();
        if (parsed.descr() == null) {
            return keys;
        }
        for (RuleDescr rule : parsed.descr().getRules()) {
            if (!RuleFile.isDefinition(rule) && rule.getLhs() != null) {
                answerKeys(rule.getLhs(), keys);
            }
        }
        return keys;
    }

    private static void answerKeys(BaseDescr d, Set<String> keys) {
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType() == null ? "" : p.getObjectType().trim();
            if (type.equals("Answer") || type.equals("cn.hubei.yishi.advisor.facts.Answer")) {
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e && e.getExpression() != null) {
                        keysIn(e.getExpression(), keys);
                    }
                }
            }
            if (p.getSource() != null) {
                for (BaseDescr input : inputs(p.getSource())) {
                    answerKeys(input, keys);
                }
            }
        } else if (d instanceof ConditionalElementDescr ce && !(d instanceof EvalDescr)) {
            for (BaseDescr child : ce.getDescrs()) {
                answerKeys(child, keys);
            }
        }
    }

    private static void keysIn(String expression, Set<String> keys) {
        Matcher m = KEY_EQUALS.matcher(expression);
        while (m.find()) {
            keys.add(unquote(m.group(1)));
        }
        m = EQUALS_KEY.matcher(expression);
        while (m.find()) {
            keys.add(unquote(m.group(1)));
        }
        m = KEY_IN.matcher(expression);
        while (m.find()) {
            Matcher literal = LITERAL.matcher(m.group(1));
            while (literal.find()) {
                keys.add(unquote(literal.group(1)));
            }
        }
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }
}
