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

    /** Definition rules carry one of these annotations and have neither conditions nor actions. */
    static final List<String> DEFINITION_KEYS = List.of("theme", "themeMatter", "matter", "material", "question");

    /** Parses the file; a fresh parser each time, as DrlParser keeps state. */
    Parsed parse() {
        DrlParser parser = new DrlParser();
        List<RuleProblem> problems = new ArrayList<>();
        PackageDescr descr = null;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(path, e.getLineNumber(), e.getMessage()));
        }
        for (DroolsError error : parser.getErrors()) {
            int line = error instanceof ParserError pe ? pe.getRow() : lineOf(error.getLines());
            problems.add(new RuleProblem(path, line, error.getMessage()));
        }
        if (descr == null && problems.isEmpty()) {
            problems.add(new RuleProblem(path, 0, "无法解析该规则文件"));
        }
        return new Parsed(this, problems.isEmpty() ? descr : null, problems);
    }

    static boolean isDefinition(RuleDescr rule) {
        for (String key : DEFINITION_KEYS) {
            if (rule.getAnnotation(key) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmptyBody(RuleDescr rule) {
        boolean noLhs = rule.getLhs() == null || rule.getLhs().getDescrs().isEmpty();
        Object rhs = rule.getConsequence();
        return noLhs && (rhs == null || rhs.toString().isBlank());
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
