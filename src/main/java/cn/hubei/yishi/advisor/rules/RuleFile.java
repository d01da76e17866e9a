package cn.hubei.yishi.advisor.rules;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * One DRL file: its text and, once parsed, its package description.
 *
 * @param path relative path with '/' separators, e.g. {@code matters/company-setup.drl}
 */
record RuleFile(String path, String text) {

    /**
     * The annotations of the definition rules of the old format (empty rules carrying a theme, matter, material or
     * question): definitions are YAML data now, and the lint refuses a rule that carries one.
     */
    static final List<String> DEFINITION_KEYS = List.of("theme", "themeMatter", "matter", "material", "question");

    /** Deeper nesting than any policy needs; the parsers recurse per level and would overflow the stack. */
    static final int MAX_NESTING = 32;

    /** Larger than any rule file policy needs (the largest bundled one is a few dozen KB). */
    static final int MAX_CHARS = 512 * 1024;

    /** Parses the file; a fresh parser each time, as DrlParser keeps state. */
    Parsed parse() {
        List<RuleProblem> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            problems.add(new RuleProblem(path, 1, "文件过大（" + text.length() + " 个字符，最多 " + MAX_CHARS
                    + " 个）：请把规则拆到几个文件里"));
            return new Parsed(this, null, problems);
        }
        RuleProblem tooDeep = nesting();
        if (tooDeep != null) {
            problems.add(tooDeep);
            return new Parsed(this, null, problems);
        }
        RuleProblem unbalanced = unbalanced();
        if (unbalanced != null) {
            // Drools would report the line where it gave up (the next "then"), in English; this names the bracket.
            problems.add(unbalanced);
            return new Parsed(this, null, problems);
        }
        DrlParser parser = new DrlParser();
        PackageDescr descr = null;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(path, e.getLineNumber(), e.getColumn(), ParserMessages.chinese(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            // The parser must never take the reload (or the watcher thread) down with it.
            problems.add(new RuleProblem(path, 0, "无法解析该规则文件（" + e.getClass().getSimpleName()
                    + "）：请检查括号和引号是否成对"));
            return new Parsed(this, null, problems);
        }
        for (DroolsError error : parser.getErrors()) {
            int line = error instanceof ParserError pe ? pe.getRow() : lineOf(error.getLines());
            int column = error instanceof ParserError pe ? pe.getCol() + 1 : 0;
            problems.add(new RuleProblem(path, line, column, ParserMessages.chinese(error.getMessage())));
        }
        if (descr == null && problems.isEmpty()) {
            problems.add(new RuleProblem(path, 0, "无法解析该规则文件"));
        }
        return new Parsed(this, problems.isEmpty() ? descr : null, problems);
    }

    /** The first place where brackets nest deeper than {@link #MAX_NESTING}, outside comments and strings; or null. */
    private RuleProblem nesting() {
        int depth = 0;
        int line = 1;
        int column = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        column = 0;
                    }
                }
                i = stop - 1;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                column += Math.min(j, n - 1) - i;
                i = Math.min(j, n - 1);
                if (i < n && text.charAt(i) == '\n') {
                    line++;
                    column = 0;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return new RuleProblem(path, line, column, "括号嵌套过深（超过 " + MAX_NESTING
                            + " 层）：请把条件拆成几条规则，或检查括号是否成对");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    /**
     * The first bracket that is never closed before its rule's {@code then} or {@code end} (or the file's
     * end), or a closing bracket that closes nothing or the wrong kind; outside comments and strings.
     */
    private RuleProblem unbalanced() {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        String[] lines = text.split("\n", -1);
        boolean inBlockComment = false;
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            String trimmed = line.strip();
            if (!inBlockComment && !open.isEmpty() && (trimmed.equals("then") || trimmed.equals("end")
                    || trimmed.startsWith("rule ") || trimmed.startsWith("rule\""))) {
                return unclosed(open.peek());
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                        inBlockComment = false;
                        i++;
                    }
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                    inBlockComment = true;
                    i++;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < line.length() && line.charAt(j) != c) {
                        j += line.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (j >= line.length()) {
                        return new RuleProblem(path, ln + 1, i + 1, "这里的引号 " + c + " 没有在同一行内配对：字符串要在同一行结束");
                    }
                    i = j;
                } else if (c == '(' || c == '[' || c == '{') {
                    open.push(new int[] {c, ln + 1, i + 1});
                } else if (c == ')' || c == ']' || c == '}') {
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.isEmpty()) {
                        return new RuleProblem(path, ln + 1, i + 1, "多了一个「" + c + "」：前面没有与它配对的「" + expected + "」");
                    }
                    int[] top = open.pop();
                    if (top[0] != expected) {
                        return new RuleProblem(path, top[1], top[2], "「" + (char) top[0] + "」与第 " + (ln + 1) + " 行第 "
                                + (i + 1) + " 列的「" + c + "」不配对");
                    }
                }
            }
        }
        return open.isEmpty() ? null : unclosed(open.peek());
    }

    private RuleProblem unclosed(int[] bracket) {
        char close = bracket[0] == '(' ? ')' : bracket[0] == '[' ? ']' : '}';
        return new RuleProblem(path, bracket[1], bracket[2], "这里的「" + (char) bracket[0] + "」没有对应的「" + close
                + "」：在这个条件或语句结束处补上「" + close + "」");
    }

    /** The first of {@link #DEFINITION_KEYS} the rule carries, or null. */
    static String definitionKey(RuleDescr rule) {
        for (String key : DEFINITION_KEYS) {
            if (rule.getAnnotation(key) != null) {
                return key;
            }
        }
        return null;
    }

    private static int lineOf(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    /** A parse result: {@code descr} is null when the file has syntax errors. */
    record Parsed(RuleFile file, PackageDescr descr, List<RuleProblem> problems) {
        boolean ok() {
            return descr != null;
        }
    }
}
