package cn.hubei.yishi.advisor.facts;

/** The matter applies to this applicant; the reason is shown to the applicant as written. */
public record Applies(String matter, String reason) {
}
