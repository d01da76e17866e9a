package cn.hubei.yishi.advisor.rules;

/**
 * Something wrong in a rule file, located so that policy staff can fix it.
 *
 * @param file    path relative to the rules directory
 * @param line    1-based line, or 0 when unknown
 * @param message what is wrong, in Chinese where it is ours, Drools' own text otherwise
 */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + message;
    }
}
