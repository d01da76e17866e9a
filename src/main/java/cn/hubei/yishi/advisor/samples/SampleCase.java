package cn.hubei.yishi.advisor.samples;

import java.util.List;
import java.util.Map;

/**
 * One scenario. Every field of {@link Expect} that the file gives is checked; lists are compared as
 * sets except {@code pending}, which is compared in order.
 */
public record SampleCase(String name, Map<String, Object> answers, List<String> submitted, Expect expect) {

    public record Expect(
            Boolean complete,
            Boolean eligible,
            List<String> pending,
            List<String> applies,
            List<String> unmet,
            List<String> materials,
            List<String> missing,
            List<String> exempt,
            Integer promisedWorkingDays) {
    }
}
