package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deadlines as 行政许可法 第八十二条 counts them, on the calendar staff keep in rules/calendar. */
class WorkingDaysTest {

    private final WorkingDays shipped = new WorkingDays(Path.of("rules"));

    @Test
    void fiveWorkingDaysSkipTheWeekend() {
        // Friday 2026-11-20: Mon–Thu and Fri of the next week.
        assertThat(shipped.plus(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(shipped.plus(LocalDate.of(2026, 11, 22), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWorkdaysCount() {
        // 2026-09-30 (Wed): 10-01..07 holiday, 10-08 Thu, 10-09 Fri, 10-10 Sat is a make-up workday, 10-12 Mon, 10-13 Tue.
        assertThat(shipped.plus(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        // 2026-02-13 (Fri): 02-14 Sat workday, 02-15..23 Spring Festival, 02-24 Tue …
        assertThat(shipped.plus(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(shipped.covers(2026)).isTrue();
    }

    @Test
    void aBrokenLineIsSkippedAndTheRestStillCounts(@TempDir Path rules) throws Exception {
        Files.createDirectories(rules.resolve("calendar"));
        Files.writeString(rules.resolve("calendar/holidays.txt"), """
                2027-01-01 休   # 元旦
                2027-13-40 休
                二〇二七年 班
                """);
        WorkingDays days = new WorkingDays(rules);
        // 2026-12-31 Thu: 2027-01-01 holiday, then Mon 01-04.
        assertThat(days.plus(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(days.covers(2027)).isTrue();
        assertThat(days.covers(2028)).isFalse();
    }

    @Test
    void withoutACalendarOnlyWeekendsAreSkipped(@TempDir Path rules) {
        WorkingDays days = new WorkingDays(rules);
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(days.covers(2026)).isFalse();
    }
}
