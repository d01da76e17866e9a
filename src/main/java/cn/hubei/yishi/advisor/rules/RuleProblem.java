package cn.hubei.yishi.advisor.rules;

/**
 * Something wrong in a rule or data file, located so that policy staff can fix it.
 *
 * @param file    path relative to the rules directory
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, in Chinese where it is ours, Drools' own text otherwise
 */
public record RuleProblem(String file, int line, int column, String message) {

    public RuleProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** Where, as policy staff read it: "rules/x.drl 第 12 行第 7 列". */
    public String where() {
        return file + (line > 0 ? " 第 " + line + " 行" + (column > 0 ? "第 " + column + " 列" : "") : "");
    }

    @Override
    public String toString() {
        return where() + "：" + message;
    }
}
