package cn.hubei.yishi.advisor.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days as 行政许可法 第八十二条 counts them: no weekends, no statutory holidays, but the
 * weekend days the State Council makes working days (调休上班). The calendar is
 * {@code rules/calendar/holidays.txt}, which staff extend each year; it is re-read when it changes, and
 * a line it cannot read is skipped with a warning rather than stopping the service.
 */
@Component
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Path file;
    private volatile Calendar calendar = new Calendar(Map.of(), Set.of(), null);

    public WorkingDays(@Value("${advisor.rules-dir:./rules}") Path rulesDir) {
        this.file = rulesDir.resolve("calendar").resolve("holidays.txt");
    }

    /** The day {@code n} working days after {@code from} (from itself not counted). */
    public LocalDate plus(LocalDate from, int n) {
        Calendar c = current();
        LocalDate d = from;
        for (int i = 0; i < n; ) {
            d = d.plusDays(1);
            if (c.isWorkingDay(d)) {
                i++;
            }
        }
        return d;
    }

    /** Whether the calendar has the year's holidays; otherwise only weekends were skipped. */
    public boolean covers(int year) {
        return current().years.contains(year);
    }

    private Calendar current() {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return calendar;
        }
        Calendar c = calendar;
        if (!modified.equals(c.modified)) {
            c = read(modified);
            calendar = c;
        }
        return c;
    }

    private Calendar read(FileTime modified) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot read the holiday calendar {}: {}", file, e.toString());
            return calendar;
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            try {
                if (parts.length != 2 || !(parts[1].equals("休") || parts[1].equals("班"))) {
                    throw new IllegalArgumentException("expected a date or range and 休 or 班");
                }
                String[] range = parts[0].split("\\.\\.");
                LocalDate first = LocalDate.parse(range[0]);
                LocalDate last = range.length > 1 ? LocalDate.parse(range[1]) : first;
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.put(d, parts[1].equals("班"));
                    years.add(d.getYear());
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                log.warn("{} line {} skipped: {}", file, n + 1, e.getMessage());
            }
        }
        return new Calendar(days, years, modified);
    }

    private record Calendar(Map<LocalDate, Boolean> days, Set<Integer> years, FileTime modified) {
        boolean isWorkingDay(LocalDate d) {
            Boolean working = days.get(d);
            if (working != null) {
                return working;
            }
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
