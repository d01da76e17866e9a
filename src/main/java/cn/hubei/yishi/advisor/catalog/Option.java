package cn.hubei.yishi.advisor.catalog;

/** One choice of a single-choice question: the value sent, the label shown. */
public record Option(String value, String label) {
}
