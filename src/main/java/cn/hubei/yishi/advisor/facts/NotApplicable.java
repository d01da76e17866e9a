package cn.hubei.yishi.advisor.facts;

/** Says why a matter of the theme does not apply; optional, but it tells the applicant why. */
public record NotApplicable(String matter, String reason) {
}
