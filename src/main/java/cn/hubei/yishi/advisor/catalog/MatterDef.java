package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/**
 * A matter (事项) shared by every theme that lists it.
 *
 * @param timeLimitDays promised time limit (承诺时限) in working days, or null when not set
 * @param produces      materials that handling this matter issues (e.g. 营业执照)
 */
public record MatterDef(
        String id,
        String name,
        String legalBasis,
        Integer timeLimitDays,
        List<String> produces,
        String file) {
}
