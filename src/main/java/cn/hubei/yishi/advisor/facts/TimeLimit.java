package cn.hubei.yishi.advisor.facts;

/**
 * The promised time (承诺时限) of a matter in this case, when it depends on the answers: it replaces the
 * matter's {@code timeLimit} for this evaluation (e.g. a 备案 issued on the spot is 0 working days, 即办,
 * while the 验收 of the same matter takes 15). Several for one matter: the longest holds.
 *
 * @param matter the matter id
 * @param days   working days; 0 means 即办 (done when the materials are complete)
 */
public record TimeLimit(String matter, int days) {
}
