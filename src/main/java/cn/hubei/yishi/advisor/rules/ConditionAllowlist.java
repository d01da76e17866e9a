package cn.hubei.yishi.advisor.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

import cn.hubei.yishi.advisor.facts.Answer;
import cn.hubei.yishi.advisor.facts.Applies;
import cn.hubei.yishi.advisor.facts.Ask;
import cn.hubei.yishi.advisor.facts.Flag;
import cn.hubei.yishi.advisor.facts.NotApplicable;
import cn.hubei.yishi.advisor.facts.TimeLimit;
import cn.hubei.yishi.advisor.facts.Requires;
import cn.hubei.yishi.advisor.facts.Unmet;

/**
 * What a condition ({@code when}) may say: match the fact types by their fields, compared with literals or bound
 * variables, joined by {@code &&}, {@code ||}, {@code in}, {@code not}, {@code exists} and {@code or}. Everything else
 * is refused, because every other construct of DRL conditions evaluates code: method calls, {@code matches} (a
 * policy-written pattern run on an applicant's text), {@code eval}, {@code from}, {@code accumulate},
 * {@code collect}, {@code forall}, field chains.
 *
 * <p>Each constraint is read by Drools' own expression parser, so the check sees the same tree the compiler does.
 */
final class ConditionAllowlist {

    /** The fact types and the fields a condition may read, by simple name. */
    static final Map<String, Set<String>> FACTS = facts(Answer.class, Ask.class, Applies.class, NotApplicable.class,
            Unmet.class, Requires.class, Flag.class, TimeLimit.class);

    private static final String FACTS_PACKAGE = Answer.class.getPackageName() + ".";

    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=");

    /** Literals exactly as written: a string without escapes, a number, true, false or null. */
    private static final Pattern LITERAL = Pattern.compile(
            "\"[^\"\\\\\\n]*\"|'[^'\\\\\\n]*'|-?\\d{1,9}(\\.\\d{1,9})?|true|false|null");

    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]*");

    /** Arithmetic of fields, variables and numbers, e.g. {@code number * 2}: harmless, and policy needs it. */
    private static final Pattern ARITHMETIC = Pattern.compile(
            "(\\$?[A-Za-z][A-Za-z0-9_]*|\\d{1,9}(\\.\\d{1,9})?)(\\s*[-+*/]\\s*(\\$?[A-Za-z][A-Za-z0-9_]*|\\d{1,9}(\\.\\d{1,9})?))+");
    private static final Pattern TERM = Pattern.compile("\\$?[A-Za-z][A-Za-z0-9_]*");

    static final int MAX_LITERAL = 500;

    /**
     * The field that names which fact a pattern means. A pattern must fix it with a literal, so that a rule joins a
     * handful of facts, never every fact with every other (ten bare Answer() patterns would be 50^10 combinations).
     * One pattern per rule may go without ("every matter that applies"): that is one pass over the facts.
     */
    private static final Map<String, String> NAMING_FIELD = Map.of("Answer", "key", "Ask", "question",
            "Applies", "matter", "NotApplicable", "matter", "Unmet", "matter", "Requires", "matter", "Flag", "name",
            "TimeLimit", "matter");

    static final int MAX_PATTERNS = 12;

    static final String HOW = "按字段匹配事实，例如 Answer(key == \"premises\", text == \"rented\")、"
            + "Answer(key == \"staff-count\", number >= 3)、not Flag(name == \"by-agent\")";

    private final LintProblems problems;
    private final Set<String> bound = new LinkedHashSet<>();
    private int patterns;
    private int unnamed;

    private ConditionAllowlist(LintProblems problems) {
        this.problems = problems;
    }

    /** Checks a rule's conditions; returns the variables they bind, which its consequence may use. */
    static Set<String> check(AndDescr lhs, int ruleLine, LintProblems problems) {
        ConditionAllowlist check = new ConditionAllowlist(problems);
        if (lhs != null) {
            for (BaseDescr d : lhs.getDescrs()) {
                check.element(d, ruleLine);
            }
        }
        return check.bound;
    }

    private void element(BaseDescr d, int fallbackLine) {
        int line = d.getLine() > 0 ? d.getLine() : fallbackLine;
        int column = d.getLine() > 0 ? d.getColumn() + 1 : 0;
        if (d instanceof PatternDescr p) {
            pattern(p, line, column);
        } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                element(child, line);
            }
        } else if (d instanceof EvalDescr) {
            problems.add(line, column, "不允许在条件中使用 eval(...)：它会执行任意 Java 表达式。请" + HOW);
        } else {
            String what = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
            problems.add(line, column, "不允许在条件中使用 " + what + "：条件只能是事实、not、exists、or 的组合。请" + HOW);
        }
    }

    private void pattern(PatternDescr p, int line, int column) {
        String type = p.getObjectType() == null ? "" : p.getObjectType().trim();
        if (type.startsWith(FACTS_PACKAGE)) {
            type = type.substring(FACTS_PACKAGE.length());
        }
        if (p.getSource() != null) {
            String what = p.getSource().getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
            String name = switch (what) {
                case "from" -> "from";
                case "entrypoint" -> "from entry-point";
                case "accumulate" -> "accumulate";
                case "collect" -> "collect";
                default -> what;
            };
            problems.add(line, column, "不允许在条件中使用 " + name + "：它会执行 Java 代码或读取引擎之外的数据。请直接" + HOW);
            return;
        }
        Set<String> fields = FACTS.get(type);
        if (fields == null) {
            problems.add(line, column, "不允许匹配 " + type + "：" + RuleLint.VOCABULARY + "。请" + HOW);
            return;
        }
        if (!p.getAnnotationNames().isEmpty() || !p.getBehaviors().isEmpty() || p.isQuery()) {
            problems.add(line, column, "不允许给条件加标注、窗口或查询：请" + HOW);
        }
        if (p.getIdentifier() != null && !p.getIdentifier().isBlank()) {
            bind(p.getIdentifier().trim(), line, column);
        }
        if (++patterns == MAX_PATTERNS + 1) {
            problems.add(line, column, "一条规则最多匹配 " + MAX_PATTERNS + " 个事实：条件过多会使计算变慢。请把规则拆成几条，"
                    + "或用 Flag 先推出中间结论");
        }
        String naming = NAMING_FIELD.get(type);
        Pattern fixed = Pattern.compile("\\s*(" + naming + "\\s*(==\\s*[\"']|in\\s*\\()|[\"'][^\"']*[\"']\\s*==\\s*" + naming + "\\b).*",
                Pattern.DOTALL);
        boolean named = p.getDescrs().stream().anyMatch(c -> c instanceof ExprConstraintDescr e
                && e.getExpression() != null && fixed.matcher(e.getExpression()).matches());
        if (!named && ++unnamed > 1) {
            problems.add(line, column, "一条规则里只能有一个不限定的匹配。" + type + "(…) 请写明是哪一个，例如 " + type + "(" + naming + " == \"…\")：不限定的匹配会把每个事实"
                    + "与其他每个事实组合，使计算变慢");
        }
        for (BaseDescr c : p.getDescrs()) {
            int cLine = c.getLine() > 0 ? c.getLine() : line;
            int cColumn = c.getLine() > 0 ? c.getColumn() + 1 : column;
            if (!(c instanceof ExprConstraintDescr e) || e.getExpression() == null) {
                problems.add(cLine, cColumn, "无法识别的条件写法：请" + HOW);
                continue;
            }
            constraint(e.getExpression(), type, fields, cLine, cColumn);
        }
    }

    private void constraint(String expression, String type, Set<String> fields, int line, int column) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr tree;
        try {
            tree = parser.parse(expression);
        } catch (RuntimeException | StackOverflowError e) {
            tree = null;
        }
        if (tree == null || parser.hasErrors()) {
            problems.add(line, column, "无法识别的条件「" + shorten(expression) + "」：请" + HOW);
            return;
        }
        String refusal = refusal(tree, type, fields);
        if (refusal != null) {
            problems.add(line, column, refusal);
        }
    }

    /** Why this constraint tree is refused, or null when it is within the vocabulary. */
    private String refusal(BaseDescr d, String type, Set<String> fields) {
        if (d instanceof ConstraintConnectiveDescr c) {
            for (BaseDescr child : c.getDescrs()) {
                String r = refusal(child, type, fields);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (d instanceof BindingDescr b) {
            if (b.isUnification() || !fields.contains(b.getExpression().trim())) {
                return "只能把事实的字段绑定到变量（如 $kind : text），不允许「" + shorten(b.toString()) + "」。"
                        + type + " 的字段有：" + String.join("、", fields);
            }
            bound.add(b.getVariable().trim());
            return null;
        }
        if (d instanceof RelationalExprDescr r) {
            String op = r.getOperator();
            if (!OPERATORS.contains(op) || r.isNegated() || (r.getParameters() != null && !r.getParameters().isEmpty())) {
                return "不允许使用运算符 " + (r.isNegated() ? "not " : "") + op + "：条件只能用 ==、!=、<、>、<=、>= 和 in 比较。"
                        + ("matches".equals(op) ? "matches 会在申请人的文字上运行政策人员写的正则表达式，可能使计算无法结束。" : "")
                        + "请" + HOW;
            }
            String left = operand(r.getLeft(), type, fields);
            return left != null ? left : operand(r.getRight(), type, fields);
        }
        if (d instanceof AtomicExprDescr a) {
            // A bare operand, e.g. "yes" for yes == true: only a boolean field.
            return operand(a, type, fields);
        }
        return "无法识别的条件写法「" + shorten(d.toString()) + "」：请" + HOW;
    }

    private String operand(BaseDescr d, String type, Set<String> fields) {
        if (d instanceof AtomicExprDescr a) {
            String e = a.getExpression() == null ? "" : a.getExpression().trim();
            if (a.isLiteral() || LITERAL.matcher(e).matches()) {
                if (!LITERAL.matcher(e).matches()) {
                    return "不允许使用这种常量「" + shorten(e) + "」：文字请用不含反斜杠的 \"…\"，数字请直接写，如 3 或 2.5";
                }
                if (e.length() > MAX_LITERAL) {
                    return "文字常量过长（" + e.length() + " 个字符，最多 " + MAX_LITERAL + " 个）";
                }
                return null;
            }
            if (fields.contains(e)) {
                return null;
            }
            if (VARIABLE.matcher(e).matches()) {
                return bound.contains(e) ? null : "变量 " + e + " 在使用之前没有绑定：请先写 " + e + " : 字段名";
            }
            if (ARITHMETIC.matcher(e).matches()) {
                java.util.regex.Matcher term = TERM.matcher(e);
                while (term.find()) {
                    String t = term.group();
                    if (t.startsWith("$") ? !bound.contains(t) : !fields.contains(t)) {
                        return "算式「" + shorten(e) + "」中的 " + t + " 不是 " + type + " 的字段，也不是已绑定的变量。"
                                + type + " 的字段有：" + String.join("、", fields);
                    }
                }
                return null;
            }
            return "不允许在条件中使用「" + shorten(e) + "」：只能写 " + type + " 的字段（" + String.join("、", fields)
                    + "）、常量或已绑定的变量，不能调用方法或读取其他对象。请" + HOW;
        }
        if (d instanceof ConstraintConnectiveDescr || d instanceof RelationalExprDescr) {
            return refusal(d, type, fields);
        }
        return "无法识别的条件写法「" + shorten(String.valueOf(d)) + "」：请" + HOW;
    }

    private void bind(String variable, int line, int column) {
        if (!VARIABLE.matcher(variable).matches()) {
            problems.add(line, column, "变量名 " + variable + " 应以 $ 开头，只含英文字母、数字和下划线，例如 $kind");
        }
        bound.add(variable);
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }

    /** Readable properties of each fact: bean getters and record components. */
    private static Map<String, Set<String>> facts(Class<?>... types) {
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        for (Class<?> type : types) {
            Set<String> fields = new LinkedHashSet<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    fields.add(c.getName());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0) {
                    continue;
                }
                String n = m.getName();
                if (n.startsWith("get") && n.length() > 3) {
                    fields.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
                    fields.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                }
            }
            facts.put(type.getSimpleName(), java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(fields)));
        }
        return java.util.Collections.unmodifiableMap(facts);
    }
}
