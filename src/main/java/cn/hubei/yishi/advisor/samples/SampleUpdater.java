package cn.hubei.yishi.advisor.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code verify --update}: rewrites the exact expectations a failing sample already has to what the rules now give,
 * and says what changed, so that a deliberate change to the rules takes one command and an accidental one shows up as
 * a diff to review. Only the lines of those expectations change; names, answers, comments and partial expectations
 * ({@code …Include}, {@code …Exclude}, {@code quantities}) stay as written: they are the policy officer's intent.
 */
final class SampleUpdater {

    private static final Pattern KEY = Pattern.compile("^(\\s+)([A-Za-z]+):(.*)$");

    private SampleUpdater() {
    }

    /** The diff lines of the rewrite, empty when nothing needed changing. */
    static List<String> update(Path file, Map<String, Object> actual, java.util.Collection<String> failures) {
        // Each failure starts with the key it is about, e.g. "materials（一套材料）：…"; only those keys are rewritten.
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (String f : failures) {
            int end = f.indexOf('（');
            if (end > 0) {
                failed.add(f.substring(0, end));
            }
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        List<String> diff = new ArrayList<>();
        boolean inExpect = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(" ") && !line.isBlank()) {
                inExpect = line.startsWith("expect:");
            }
            Matcher m = KEY.matcher(line);
            if (!inExpect || !m.matches() || !actual.containsKey(m.group(2)) || !failed.contains(m.group(2))) {
                out.add(line);
                continue;
            }
            String indent = m.group(1);
            List<String> old = new ArrayList<>(List.of(line));
            // A block list continues on the lines indented deeper than the key.
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith(indent + " ")
                    && lines.get(i + 1).trim().startsWith("-")) {
                old.add(lines.get(++i));
            }
            List<String> now = rewrite(indent, m.group(2), m.group(3), old, actual.get(m.group(2)));
            old.forEach(o -> diff.add("-" + o));
            now.forEach(n -> diff.add("+" + n));
            out.addAll(now);
        }
        if (!diff.isEmpty()) {
            try {
                Files.write(file, out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return diff;
    }

    /**
     * The new lines of one expectation. A list keeps the style it was written in (one line, or one id a line); a
     * list compared as a set also keeps its order: ids still expected stay where they are, new ones are added at
     * the end, so that the diff shows only what the rules changed. A list compared in order ({@code pending})
     * takes the order the rules now give.
     */
    private static List<String> rewrite(String indent, String key, String rest, List<String> old, Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of(indent + key + ": " + yaml(value));
        }
        boolean block = old.size() > 1;
        if (!SET_KEYS.contains(key)) {
            return styled(indent, key, old, block, list.stream().map(String::valueOf).toList());
        }
        List<String> written = new ArrayList<>();
        if (block) {
            for (String o : old.subList(1, old.size())) {
                written.add(o.trim().substring(1).trim());
            }
        } else {
            String flow = rest.trim();
            if (flow.startsWith("[") && flow.endsWith("]")) {
                for (String item : flow.substring(1, flow.length() - 1).split(",")) {
                    if (!item.isBlank()) {
                        written.add(item.trim());
                    }
                }
            }
        }
        List<String> ids = list.stream().map(String::valueOf).toList();
        List<String> merged = new ArrayList<>();
        for (String w : written) {
            if (ids.contains(w) && !merged.contains(w)) {
                merged.add(w);
            }
        }
        for (String id : ids) {
            if (!merged.contains(id)) {
                merged.add(id);
            }
        }
        return styled(indent, key, old, block, merged);
    }

    private static List<String> styled(String indent, String key, List<String> old, boolean block, List<String> merged) {
        if (!block || merged.isEmpty()) {
            return List.of(indent + key + ": " + yaml(merged));
        }
        String itemIndent = old.get(1).substring(0, old.get(1).indexOf('-'));
        List<String> lines = new ArrayList<>(List.of(indent + key + ":"));
        merged.forEach(id -> lines.add(itemIndent + "- " + id));
        return lines;
    }

    /** Expectations compared as sets (see SampleRunner): their order in the file is the policy officer's. */
    private static final java.util.Set<String> SET_KEYS = java.util.Set.of("applies", "unmet", "materials", "missing",
            "exempt");

    private static String yaml(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return value == null ? "null" : String.valueOf(value);
    }
}
