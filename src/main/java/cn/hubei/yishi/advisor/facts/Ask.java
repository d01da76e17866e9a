package cn.hubei.yishi.advisor.facts;

/** The applicant must be asked this question (its definition carries text, type and options). */
public record Ask(String question) {
}
