package cn.hubei.yishi.advisor.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/**
 * Keeps staff-written DRL inside the authoring vocabulary, as an allowlist checked on parsed trees: a rule file must
 * not be a way to run code on the server. Drools has no sandbox since the Java SecurityManager was removed, and a
 * list of forbidden names always has a way around it; so everything that is not one of the few shapes policy needs is
 * refused, each refusal a {@link RuleProblem} at its file, line and column, in Chinese.
 *
 * <ul>
 * <li>Declarations: only {@code package} and {@code import} of the facts; no function, global, declare, query,
 * entry-point, window, unit or named consequence.</li>
 * <li>Attributes: {@code salience} with a whole number, {@code no-loop}; no expression anywhere.</li>
 * <li>Metadata {@code @key("…")}: one string literal each (Drools evaluates any other value as MVEL).</li>
 * <li>Conditions: {@link ConditionAllowlist}. Consequences: {@link ConsequenceAllowlist}.</li>
 * </ul>
 *
 * <p>A second line of defence is the class loader rule code is compiled against ({@link LookupCachingClassLoader}),
 * which hides the JDK's files, network, processes and reflection, so that a gap here still fails to compile.
 */
final class RuleLint {

    private RuleLint() {
    }

    static final String VOCABULARY =
            "规则只能使用 cn.hubei.yishi.advisor.facts 中的事实（Answer、Ask、Applies、NotApplicable、Unmet、Requires、Flag、TimeLimit）";

    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "cn\\.hubei\\.yishi\\.advisor\\.facts\\.(\\*|" + String.join("|", ConditionAllowlist.FACTS.keySet()) + ")");

    /** Package roots that belong to the JDK, libraries or the application itself. */
    private static final Set<String> RESERVED_ROOTS =
            Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "cn", "net", "io", "groovy", "kotlin", "scala");

    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");

    /** One string literal without escapes: what every metadata value must be. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"[^\"\\\\]*\"");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,6}");

    private static final String DELETE_LINE = "请删除这一行";

    /** Every way {@code parsed} reaches outside the authoring vocabulary; empty when it does not, or did not parse. */
    static List<RuleProblem> vocabulary(RuleFile.Parsed parsed) {
        PackageDescr pkg = parsed.descr();
        if (pkg == null) {
            return List.of();
        }
        String text = parsed.file().text();
        LintProblems problems = new LintProblems(parsed.file().path());

        Matcher escapes = UNICODE_ESCAPE.matcher(text);
        while (escapes.find()) {
            int[] at = location(text, escapes.start());
            problems.add(at[0], at[1], "不允许使用 \\uXXXX 形式的转义字符（" + escapes.group()
                    + "）：它会改变代码的含义。请直接写出字符本身");
        }

        String name = pkg.getName() == null ? "" : pkg.getName().trim();
        String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED_ROOTS.contains(root)) {
            problems.add(Math.max(pkg.getLine(), 1), "包名 " + name + " 不允许以 " + root
                    + " 开头：这是系统保留的包名。请按文件所在目录命名，例如 package matters.company_setup");
        } else if (!name.isEmpty() && !PACKAGE_NAME.matcher(name).matches()) {
            problems.add(Math.max(pkg.getLine(), 1), "包名 " + name
                    + " 只能由小写英文字母、数字和下划线组成，用 . 分隔。请按文件所在目录命名，例如 package matters.company_setup");
        }

        for (ImportDescr imp : pkg.getImports()) {
            if (!ALLOWED_IMPORT.matcher(imp.getTarget().trim()).matches()) {
                problems.add(imp.getLine(), "不允许导入 " + imp.getTarget() + "：" + VOCABULARY
                        + "。" + DELETE_LINE + "，文件开头写 import cn.hubei.yishi.advisor.facts.*; 即可");
            }
        }
        for (ImportDescr imp : pkg.getFunctionImports()) {
            problems.add(imp.getLine(), "不允许导入函数 " + imp.getTarget()
                    + "（import function / import static）：规则不能调用外部 Java 方法。" + DELETE_LINE
                    + "，判断写在 when 的条件里，结论用 insert(...) 放入");
        }
        for (ImportDescr imp : pkg.getAccumulateImports()) {
            problems.add(imp.getLine(), "不允许导入累计函数 " + imp.getTarget()
                    + "（import accumulate）：会加载外部 Java 类。" + DELETE_LINE);
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            problems.add(f.getLine(), "不允许定义函数 " + f.getName()
                    + "（function）：规则文件里不能写 Java 方法。请把判断写成 when 中的条件，必要时拆成几条规则");
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            problems.add(g.getLine(), "不允许声明全局变量 " + g.getIdentifier()
                    + "（global）：全局变量在各次申请之间共享，会串用不同申请人的数据。请用事实传递信息，例如 insert(new Flag(\"…\"))");
        }
        List<AbstractClassTypeDeclarationDescr> declared = new java.util.ArrayList<>(pkg.getTypeDeclarations());
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
            problems.add(pkg.getUnit().getLine(), "不允许使用 unit：规则单元绑定 Java 类。" + DELETE_LINE);
        }
        for (AttributeDescr a : pkg.getAttributes()) {
            problems.add(Math.max(a.getLine(), 1), "不允许在文件开头写规则属性 " + a.getName()
                    + "：它对文件里的每条规则生效，且可能是一段代码。" + DELETE_LINE + "，需要时写在单条规则上");
        }

        for (RuleDescr rule : pkg.getRules()) {
            rule(rule, text, problems);
        }
        return problems.sorted();
    }

    private static void rule(RuleDescr rule, String text, LintProblems problems) {
        int line = Math.max(rule.getLine(), 1);
        if (rule instanceof QueryDescr) {
            problems.add(line, "不允许写查询（query）：系统不使用查询，其条件会在每次计算中运行。请删除这个 query");
            return;
        }
        String definition = RuleFile.definitionKey(rule);
        if (definition != null) {
            problems.add(annotationLine(rule, text, definition), "规则「" + rule.getName() + "」用 @" + definition
                    + " 写了一个定义：" + DEFINITIONS_ARE_DATA + "。请把它写到" + dataFileFor(definition) + "，再删去这条规则");
        }
        for (AttributeDescr a : rule.getAttributes().values()) {
            attribute(a, line, problems);
        }
        for (String key : rule.getAnnotationNames()) {
            AnnotationDescr ad = rule.getAnnotation(key);
            if (key.contains(".") || ad.getFullyQualifiedName() != null) {
                problems.add(annotationLine(rule, text, key), "不允许使用标注 @" + key
                        + "：标注的名称只能是英文单词，例如 @notes(\"…\")");
                continue;
            }
            for (Map.Entry<String, Object> value : ad.getValueMap().entrySet()) {
                String raw = String.valueOf(value.getValue()).trim();
                if (!STRING_LITERAL.matcher(raw).matches()) {
                    problems.add(annotationLine(rule, text, key), "标注 @" + key + " 的值必须是用英文双引号括起的一段文字，如 @"
                            + key + "(\"…\")，不允许「" + ConditionAllowlist.shorten(raw)
                            + "」：不带引号的值会被当作代码执行。文字里的引号请用中文引号“”");
                }
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            problems.add(line, "不允许写命名结论（then[…]、do[…]、break[…]）：请把每种情况写成一条单独的规则");
        }
        Set<String> bound = ConditionAllowlist.check(rule.getLhs(), line, problems);
        String rhs = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        if (!rhs.isBlank()) {
            int start = text.indexOf(rhs, Math.max(rule.getStartCharacter(), 0));
            int[] at = start >= 0 ? location(text, start) : new int[] {rule.getConsequenceLine() + 1, 1};
            ConsequenceAllowlist.check(rhs, at[0], at[1], bound, problems);
        }
    }

    static final String DEFINITIONS_ARE_DATA = "定义（主题、事项、材料、问题）写在 YAML 数据文件中，见 rules/README.md";

    /** Where policy staff write the definition a rule annotated {@code @key} used to carry. */
    private static String dataFileFor(String key) {
        return switch (key) {
            case "theme" -> "主题文件 themes/<主题>/<地方>.yaml";
            case "themeMatter" -> "主题文件 themes/<主题>/<地方>.yaml 的 matters: 下";
            case "matter" -> "事项文件 matters/<事项编号>.yaml";
            case "material" -> "materials: 下（共用的写在 materials/*.yaml，事项自己的写在 matters/<事项编号>.yaml）";
            default -> "questions: 下（共用的写在 questions/*.yaml，事项或主题自己的写在 matters/<事项编号>.yaml"
                    + " 或 themes/<主题>/logic.yaml）";
        };
    }

    private static void attribute(AttributeDescr a, int ruleLine, LintProblems problems) {
        int line = a.getLine() > 0 ? a.getLine() : ruleLine;
        String value = a.getValue() == null ? "" : a.getValue().trim();
        switch (a.getName()) {
            case "salience" -> {
                if (!WHOLE_NUMBER.matcher(value).matches()) {
                    problems.add(line, "规则属性 salience 只能写一个整数，如 salience 10，不允许「" + ConditionAllowlist.shorten(value)
                            + "」：括号里的表达式会被当作代码执行。请改成整数或删除这一行");
                }
            }
            case "no-loop" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    problems.add(line, "规则属性 no-loop 只能写 true 或 false，请改正");
                }
            }
            case "dialect" -> {
                if (!value.equals("java")) {
                    problems.add(line, "不允许使用 dialect \"" + value + "\"：结论按统一的写法检查。" + DELETE_LINE);
                }
            }
            default -> problems.add(line, "不允许使用规则属性 " + a.getName()
                    + "：规则在一次计算中完成，只可使用 salience（整数）和 no-loop。" + DELETE_LINE);
        }
    }

    /** The line of {@code @key} after the rule's start, or the rule's line. */
    private static int annotationLine(RuleDescr rule, String text, String key) {
        int from = Math.max(rule.getStartCharacter(), 0);
        Matcher m = Pattern.compile("@" + Pattern.quote(key) + "(?![\\w$])").matcher(text);
        return m.find(from) ? location(text, m.start())[0] : Math.max(rule.getLine(), 1);
    }

    /** 1-based line and column of an offset. */
    static int[] location(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    // ---- answer keys ----

    private static final String STRING = "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')";
    private static final String KEY = "(?<![\\w$.])(?:this\\s*\\.\\s*)?key(?![\\w$])";
    private static final Pattern KEY_EQUALS = Pattern.compile(KEY + "\\s*==\\s*" + STRING);
    private static final Pattern EQUALS_KEY = Pattern.compile(STRING + "\\s*==\\s*" + KEY);
    private static final Pattern KEY_IN = Pattern.compile(KEY + "\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile(STRING);

    /** The question keys that the conditions of the file's rules read from {@code Answer} facts. */
    static Set<String> answerKeysUsed(RuleFile.Parsed parsed) {
        Set<String> keys = new LinkedHashSet<>();
        if (parsed.descr() == null) {
            return keys;
        }
        for (RuleDescr rule : parsed.descr().getRules()) {
            if (rule.getLhs() != null) {
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
