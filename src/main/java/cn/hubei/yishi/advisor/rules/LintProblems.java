package cn.hubei.yishi.advisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems the lint finds in one file: without duplicates (same place, same message), in file order. */
final class LintProblems {
    private final String file;
    private final Map<String, RuleProblem> byKey = new LinkedHashMap<>();

    LintProblems(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        add(line, 0, message);
    }

    void add(int line, int column, String message) {
        int l = Math.max(line, 0);
        int c = l == 0 ? 0 : Math.max(column, 0);
        byKey.putIfAbsent(l + ":" + c + "\u0000" + message, new RuleProblem(file, l, c, message));
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    List<RuleProblem> sorted() {
        List<RuleProblem> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return List.copyOf(list);
    }
}
