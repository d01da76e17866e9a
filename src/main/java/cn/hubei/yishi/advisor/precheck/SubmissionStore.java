package cn.hubei.yishi.advisor.precheck;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Submissions in the database (schema: db/migration); a stored one is committed before its code is shown. */
@Repository
public class SubmissionStore {

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Submission store(String themeId, String answersQuery, String rulesetVersion) {
        for (int attempt = 0; ; attempt++) {
            Submission s = new Submission(PrecheckCodes.next(), themeId, answersQuery, rulesetVersion, Instant.now());
            try {
                jdbc.sql("INSERT INTO submission (code, theme_id, answers_query, ruleset_version, created_at) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .params(s.code(), s.themeId(), s.answersQuery(), s.rulesetVersion(),
                                OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC))
                        .update();
                return s;
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * Forgets submissions stored before {@code cutoff} that no case was opened from: an applicant's
     * answers are kept only as long as the retention period. A case keeps its own copy, but its code
     * still opens the submission, so those stay. (The case table is the clerk's console's: this is the
     * one place the pre-check package reads it, in SQL only.)
     */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM submission WHERE created_at < ? AND NOT EXISTS "
                        + "(SELECT 1 FROM precheck_case c WHERE c.precheck_code = submission.code)")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
    }

    public Optional<Submission> find(String typedCode) {
        return jdbc.sql("SELECT code, theme_id, answers_query, ruleset_version, created_at FROM submission WHERE code = ?")
                .param(PrecheckCodes.normalize(typedCode))
                .query((rs, n) -> new Submission(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }
}
