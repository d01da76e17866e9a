package cn.hubei.yishi.advisor.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.hubei.yishi.advisor.advice.Advice.MaterialView;
import cn.hubei.yishi.advisor.advice.Advice.MatterView;

/**
 * The reform's own figures (减材料、减时限、减跑动) for one evaluation: what the applicable matters would ask done
 * one by one, against what the bundle asks. The definitions, as policy staff and the 放管服 office read them, are in
 * {@code rules/README.md} ("改革成效数据").
 *
 * <ul>
 *   <li>Materials one by one: for each applicable matter, the distinct materials it asks (its own application form
 *       counts for it), summed. Bundled: the entries of the one set, the joint form once. Materials that the
 *       one set lists as produced inside the theme or available as 电子证照 are still counted: they are listed.</li>
 *   <li>Working days one by one: the applicable matters' 承诺时限 summed (a matter without one counts 0). Bundled:
 *       the bundle's promised time, the longest path through the matters ({@link Advice#promisedWorkingDays}).</li>
 *   <li>Visits one by one: one window visit per applicable matter. Bundled: one visit to the joint window.</li>
 * </ul>
 *
 * @param basis   what situation the figures are for, in the words the page shows
 * @param matters the applicable matters counted
 */
public record ReformFigures(String basis, int matters, Figure materials, Figure workingDays, Figure visits) {

    /** The basis of figures for the applicant's answers. */
    public static final String APPLICANT = "按您的回答计";
    /** The basis of figures for a theme as a whole. */
    public static final String FULLEST = "按主题全部事项、各事项必交材料计";

    /**
     * One figure: before (one by one) and after (bundled).
     *
     * @param reduced the reduction, before − after (never below 0 in practice; a bundle that asks more shows it)
     * @param percent the reduction as a percentage of before, rounded half up to a whole number; null when before is 0
     */
    public record Figure(int separately, int bundled, int reduced, Integer percent) {

        static Figure of(int separately, int bundled) {
            int reduced = separately - bundled;
            Integer percent = separately == 0 ? null
                    : BigDecimal.valueOf(reduced * 100L).divide(BigDecimal.valueOf(separately), 0, RoundingMode.HALF_UP)
                            .intValueExact();
            return new Figure(separately, bundled, reduced, percent);
        }

        /** As the pages read it: 由 5 减至 4，减少 1（20%）. */
        public String text(String unit) {
            String change = reduced == 0 ? "，未减少" : reduced > 0 ? "，减少 " + reduced + unit : "，增加 " + (-reduced) + unit;
            return "由 " + separately + unit + " 减至 " + bundled + unit + change
                    + (percent == null || reduced <= 0 ? "" : "（" + percent + "%）");
        }
    }

    /** The figures of one evaluation, for the situation {@code basis} names. */
    public static ReformFigures of(Advice advice, String basis) {
        int matters = 0;
        int days = 0;
        for (MatterView m : advice.matters()) {
            if (m.applies()) {
                matters++;
                days += m.timeLimitDays() == null ? 0 : m.timeLimitDays();
            }
        }
        // Each one-set entry lists the matters asking it, each once: summed, that is every matter's distinct materials.
        int separately = 0;
        for (MaterialView m : advice.materials()) {
            separately += m.requiredBy().size();
        }
        int bundledDays = advice.promisedWorkingDays() == null ? 0 : advice.promisedWorkingDays();
        return new ReformFigures(basis, matters, Figure.of(separately, advice.materials().size()),
                Figure.of(days, bundledDays), Figure.of(matters, matters == 0 ? 0 : 1));
    }

    /** Whether there is anything to compare: at least one applicable matter. */
    public boolean any() {
        return matters > 0;
    }
}
