package cn.hubei.yishi.advisor.facts;

/**
 * An acceptance condition (受理条件) of a matter that the applicant does not meet.
 *
 * @param matter  the matter id
 * @param message what the applicant reads: what is required and why they fall short
 * @param basis   the legal basis of the condition, or empty
 */
public record Unmet(String matter, String message, String basis) {
    public Unmet(String matter, String message) {
        this(matter, message, "");
    }
}
