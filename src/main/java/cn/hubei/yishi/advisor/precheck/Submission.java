package cn.hubei.yishi.advisor.precheck;

import java.time.Instant;

/**
 * A stored submission.
 *
 * @param answersQuery the answers and ticked materials as the query string of the checklist URL
 */
public record Submission(String code, String themeId, String answersQuery, String rulesetVersion, Instant createdAt) {
}
