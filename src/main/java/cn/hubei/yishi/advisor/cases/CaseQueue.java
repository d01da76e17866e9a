package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.hubei.yishi.advisor.precheck.PrecheckCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue: cases found by pre-check code, case number, ID number or name, and receiving date. */
@Repository
class CaseQueue {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    CaseQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. {@code q} may be blank (all); {@code on} may be null (any day). */
    List<CaseSummary> search(String q, LocalDate on) {
        StringBuilder sql = new StringBuilder("SELECT id, precheck_code, theme_id, applicant_name, applicant_id_number, "
                + "status, created_at, created_by, updated_at FROM precheck_case WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        String typed = q == null ? "" : q.strip();
        if (!typed.isEmpty()) {
            String code = PrecheckCodes.normalize(typed);
            Optional<Long> id = PrecheckCase.idFromNumber(typed);
            String upper = typed.toUpperCase(Locale.ROOT);
            if (id.isPresent()) {
                sql.append(" AND id = ?");
                params.add(id.get());
            } else if (upper.matches("\\d{17}[\\dX]")) {
                sql.append(" AND applicant_id_number = ?");
                params.add(upper);
            } else if (PrecheckCodes.isWellFormed(typed)) {
                sql.append(" AND (precheck_code = ? OR applicant_name LIKE ? ESCAPE '\\')");
                params.add(code);
                params.add(like(typed));
            } else {
                sql.append(" AND applicant_name LIKE ? ESCAPE '\\'");
                params.add(like(typed));
            }
        }
        if (on != null) {
            sql.append(" AND received_on = ?");
            params.add(on);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            long id = rs.getLong(1);
            OffsetDateTime created = rs.getObject(7, OffsetDateTime.class);
            return new CaseSummary(id, PrecheckCase.number(id, created), rs.getString(2), rs.getString(3),
                    rs.getString(4), Applicant.mask(rs.getString(5)), CaseStatus.valueOf(rs.getString(6)), created,
                    rs.getString(8), rs.getObject(9, OffsetDateTime.class));
        }).list();
    }

    private static String like(String typed) {
        return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
