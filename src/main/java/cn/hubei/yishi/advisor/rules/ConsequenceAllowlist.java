package cn.hubei.yishi.advisor.rules;

import java.util.Optional;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;

/**
 * What a consequence ({@code then}) may say: {@code insert(...)} or {@code insertLogical(...)} of one fact, built by
 * its constructor ({@code new Applies("m", "…")}) or, for materials, by a {@code Requires} factory with an optional
 * {@code .note("…")}; the arguments are string or whole-number literals, variables bound in the conditions, and
 * {@code +} of those. Nothing else: no local variables or types, no lambdas, no control flow, no other call.
 *
 * <p>The consequence is read by a Java parser into a syntax tree, and the tree is checked against this list, so that
 * no formatting, comment, escape or string trick can hide a call: whatever is not one of these shapes is refused.
 */
final class ConsequenceAllowlist {

    /** Facts a rule may create with {@code new}. */
    private static final Set<String> CONSTRUCTED = Set.of("Ask", "Applies", "NotApplicable", "Unmet", "Flag", "TimeLimit");
    private static final Set<String> REQUIRES_FACTORIES = Set.of("original", "copy", "originalAndCopy");
    private static final Set<String> INSERTS = Set.of("insert", "insertLogical");
    private static final int MAX_COUNT = 999;
    /** Longer than any reason or note an applicant reads (the longest bundled one is under 200 characters). */
    private static final int MAX_TEXT = 1000;

    static final String HOW = "结论只能写 insert(new Applies(\"事项\", \"原因\"))、insert(new Ask(\"问题\"))、"
            + "insert(Requires.copy(\"事项\", \"材料\", 2).note(\"说明\")) 这样的语句，参数只能是文字、数字和条件中绑定的变量"
            + "（可用 + 连接，数字可用 * 相乘）。需要分情况时，请拆成几条规则，每条在 when 中写出自己的情况";

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                    .setPreprocessUnicodeEscapes(true).setAttributeComments(false)));

    private final LintProblems problems;
    private final Set<String> bound;
    private final int firstLine;
    private final int firstColumn;

    private ConsequenceAllowlist(LintProblems problems, Set<String> bound, int firstLine, int firstColumn) {
        this.problems = problems;
        this.bound = bound;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
    }

    /**
     * @param rhs         the consequence's text
     * @param firstLine   line of the file where the text starts
     * @param firstColumn 1-based column of the file where the text starts
     * @param bound       variables bound by the rule's conditions
     */
    static void check(String rhs, int firstLine, int firstColumn, Set<String> bound, LintProblems problems) {
        if (rhs == null || rhs.isBlank()) {
            return;
        }
        new ConsequenceAllowlist(problems, bound, firstLine, firstColumn).check(rhs);
    }

    private void check(String rhs) {
        // "{" on the consequence's first line keeps the parser's lines equal to the file's.
        ParseResult<BlockStmt> result;
        try {
            result = PARSER.get().parseBlock("{" + rhs + "\n}");
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(firstLine, firstColumn, "无法识别 then 之后的写法：" + HOW);
            return;
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Optional<Position> at = result.getProblems().stream().findFirst()
                    .flatMap(p -> p.getLocation()).flatMap(l -> l.getBegin().getRange()).map(r -> r.begin);
            int[] where = at.map(this::fileLocation).orElse(new int[] {firstLine, firstColumn});
            problems.add(where[0], where[1], "无法识别 then 之后的写法：" + HOW);
            return;
        }
        for (Statement s : result.getResult().get().getStatements()) {
            statement(s);
        }
    }

    private void statement(Statement s) {
        if (s instanceof EmptyStmt) {
            return;
        }
        if (s instanceof ExpressionStmt es && es.getExpression() instanceof MethodCallExpr call
                && call.getScope().isEmpty() && INSERTS.contains(call.getNameAsString())
                && call.getTypeArguments().isEmpty() && call.getArguments().size() == 1) {
            fact(call.getArgument(0));
            return;
        }
        refuse(s, "不允许写「" + ConditionAllowlist.shorten(s.toString()) + "」：" + kindOf(s) + HOW);
    }

    private void fact(Expression e) {
        if (e instanceof ObjectCreationExpr created && created.getScope().isEmpty()
                && created.getAnonymousClassBody().isEmpty() && created.getTypeArguments().isEmpty()
                && created.getType().getScope().isEmpty() && created.getType().getTypeArguments().isEmpty()
                && CONSTRUCTED.contains(created.getType().getNameAsString())) {
            created.getArguments().forEach(this::value);
            return;
        }
        if (e instanceof MethodCallExpr note && note.getNameAsString().equals("note") && note.getScope().isPresent()
                && note.getArguments().size() == 1 && note.getTypeArguments().isEmpty()
                && requires(note.getScope().get())) {
            value(note.getArgument(0));
            return;
        }
        if (requires(e)) {
            return;
        }
        refuse(e, "insert(...) 里只能放一个新事实（new Applies(…)、new NotApplicable(…)、new Unmet(…)、new Ask(…)、"
                + "new Flag(…)、new TimeLimit(…)）或 Requires.original/copy/originalAndCopy(…)，不允许「" + ConditionAllowlist.shorten(e.toString())
                + "」。" + HOW);
    }

    /** A {@code Requires} factory call with allowed arguments; false when {@code e} is not one. */
    private boolean requires(Expression e) {
        if (!(e instanceof MethodCallExpr call) || call.getScope().isEmpty()
                || !(call.getScope().get() instanceof NameExpr scope) || !scope.getNameAsString().equals("Requires")
                || !REQUIRES_FACTORIES.contains(call.getNameAsString()) || call.getTypeArguments().isPresent()) {
            return false;
        }
        call.getArguments().forEach(this::value);
        return true;
    }

    private void value(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            if (s.getValue().length() > MAX_TEXT) {
                refuse(e, "文字过长（" + s.getValue().length() + " 个字符，最多 " + MAX_TEXT + " 个）：请精简说明");
            }
        } else if (e instanceof IntegerLiteralExpr i) {
            Optional<Number> n = parse(i);
            if (n.isEmpty() || n.get().intValue() < 0 || n.get().intValue() > MAX_COUNT) {
                refuse(e, "数字 " + i.getValue() + " 超出范围：份数请写 0 到 " + MAX_COUNT + " 之间的整数");
            }
        } else if (e instanceof NameExpr name && name.getNameAsString().startsWith("$")) {
            if (!bound.contains(name.getNameAsString())) {
                refuse(e, "变量 " + name.getNameAsString() + " 没有在 when 中绑定：请在条件里写 " + name.getNameAsString() + " : 字段名");
            }
        } else if (e instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS
                || b.getOperator() == BinaryExpr.Operator.MULTIPLY)) {
            value(b.getLeft());
            value(b.getRight());
        } else if (e instanceof EnclosedExpr enclosed) {
            value(enclosed.getInner());
        } else {
            refuse(e, "参数只能是文字（\"…\"）、数字和 when 中绑定的变量，不允许「" + ConditionAllowlist.shorten(e.toString()) + "」。" + HOW);
        }
    }

    private static Optional<Number> parse(IntegerLiteralExpr i) {
        try {
            return Optional.of(i.asNumber());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String kindOf(Statement s) {
        if (s.isLocalClassDeclarationStmt() || s.isLocalRecordDeclarationStmt()) {
            return "规则里不能声明类型。";
        }
        if (s.isIfStmt() || s.isSwitchStmt()) {
            return "规则里不能写 if/switch 分支。";
        }
        if (s.isWhileStmt() || s.isForStmt() || s.isForEachStmt() || s.isDoStmt()) {
            return "规则里不能写循环（可能使计算无法结束）。";
        }
        if (s.isExpressionStmt() && s.asExpressionStmt().getExpression().isVariableDeclarationExpr()) {
            return "规则里不能声明变量。";
        }
        if (s.isTryStmt() || s.isThrowStmt() || s.isSynchronizedStmt()) {
            return "规则里不能写 try/throw/synchronized。";
        }
        return "";
    }

    private void refuse(Node node, String message) {
        int[] where = node.getBegin().map(this::fileLocation).orElse(new int[] {firstLine, firstColumn});
        problems.add(where[0], where[1], message);
    }

    /** A position in the parsed "{" + rhs text, as line and column of the file. */
    private int[] fileLocation(Position p) {
        int line = firstLine + p.line - 1;
        int column = p.line == 1 ? firstColumn + p.column - 2 : p.column;
        return new int[] {line, Math.max(column, 1)};
    }
}
