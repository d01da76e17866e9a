package cn.hubei.yishi.advisor.precheck;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Submissions in the database (schema: db/migration); a stored one is committed before its code is shown. */
@Repository
public class SubmissionStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SubmissionStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A token a form may carry: what {@link #newToken()} makes, or none. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

    /** A fresh token for one rendering of the form that submits. */
    public static String newToken() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Stores a submission that no form token guards. */
    public Submission store(String themeId, String answersQuery, String rulesetVersion) {
        return store(themeId, answersQuery, rulesetVersion, null);
    }

    /**
     * Stores a submission and returns it with its new code; or, when {@code token} already made a
     * submission of these same answers (the form sent twice: a double click, a reload, a retry), that one.
     */
    public Submission store(String themeId, String answersQuery, String rulesetVersion, String token) {
        String t = token != null && TOKEN.matcher(token).matches() ? token : null;
        for (int attempt = 0; ; attempt++) {
            try {
                // One transaction per try: after a refused insert PostgreSQL accepts nothing more in it.
                return tx.execute(status -> insert(themeId, answersQuery, rulesetVersion, t));
            } catch (DuplicateKeyException e) {
                if (t != null) {
                    // Both clicks arrived at once and the other insert won: its code is this one's too.
                    Optional<Submission> other = tx.execute(status -> findByToken(t));
                    if (other.isPresent() && other.get().themeId().equals(themeId)
                            && other.get().answersQuery().equals(answersQuery)) {
                        return other.get();
                    }
                }
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    private Submission insert(String themeId, String answersQuery, String rulesetVersion, String token) {
        String t = token;
        if (t != null) {
            Optional<Submission> earlier = findByToken(t);
            if (earlier.isPresent()) {
                Submission e = earlier.get();
                if (e.themeId().equals(themeId) && e.answersQuery().equals(answersQuery)) {
                    return e;
                }
                t = null; // the same token with other answers: a new submission, not the earlier one
            }
        }
        Submission s = new Submission(PrecheckCodes.next(), themeId, answersQuery, rulesetVersion, Instant.now());
        jdbc.sql("INSERT INTO submission (code, theme_id, answers_query, ruleset_version, created_at, submit_token) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(s.code(), s.themeId(), s.answersQuery(), s.rulesetVersion(),
                        OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC), t)
                .update();
        return s;
    }

    private Optional<Submission> findByToken(String token) {
        return jdbc.sql("SELECT code, theme_id, answers_query, ruleset_version, created_at FROM submission "
                        + "WHERE submit_token = ?")
                .param(token)
                .query((rs, n) -> new Submission(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
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
