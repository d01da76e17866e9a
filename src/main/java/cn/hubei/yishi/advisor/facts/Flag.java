package cn.hubei.yishi.advisor.facts;

/** A derived classification, e.g. "rents-premises", inserted by shared rules and matched by others. */
public record Flag(String name) {
}
