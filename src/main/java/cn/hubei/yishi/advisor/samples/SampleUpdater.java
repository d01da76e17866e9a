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
            String now = indent + m.group(2) + ": " + yaml(actual.get(m.group(2)));
            old.forEach(o -> diff.add("-" + o));
            diff.add("+" + now);
            out.add(now);
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

    private static String yaml(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return value == null ? "null" : String.valueOf(value);
    }
}
