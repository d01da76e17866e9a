package cn.hubei.yishi.advisor.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the database holds of the rows the service only ever adds: cases, their history, and the newest
 * pre-check submission (the newest, not the count, because old submissions may expire). A database that
 * holds less than an earlier reading has lost acknowledged changes.
 */
record Holdings(long cases, long caseEvents, Instant newestSubmission) {

    static final Holdings NONE = new Holdings(0, 0, null);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** Reads the holdings; a table not yet created (a database before its migrations) holds nothing. */
    static Holdings of(Connection c) throws SQLException {
        Set<String> tables = new HashSet<>();
        for (String t : tables(c)) {
            tables.add(t.toUpperCase(Locale.ROOT));
        }
        long cases = tables.contains("PRECHECK_CASE") ? count(c, "SELECT COUNT(*) FROM precheck_case") : 0;
        long events = tables.contains("CASE_EVENT") ? count(c, "SELECT COUNT(*) FROM case_event") : 0;
        Instant newest = null;
        if (tables.contains("SUBMISSION")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(created_at) FROM submission")) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                newest = t == null ? null : t.toInstant();
            }
        }
        return new Holdings(cases, events, newest);
    }

    /** The tables of the default schema, named as the database spells them. */
    static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether this holds at least what {@code mark} says was acknowledged. */
    boolean holdsAtLeast(Holdings mark) {
        return cases >= mark.cases && caseEvents >= mark.caseEvents
                && (mark.newestSubmission == null
                        || newestSubmission != null && !newestSubmission.isBefore(mark.newestSubmission));
    }

    /** In words, for operators: 案件 3 件、办理记录 12 条、最近一份预审提交 2026-12-02 17:30:01. */
    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("案件 " + cases + " 件");
        parts.add("办理记录 " + caseEvents + " 条");
        parts.add(newestSubmission == null ? "没有预审提交" : "最近一份预审提交 " + SHOWN.format(newestSubmission));
        return String.join("、", parts);
    }
}
