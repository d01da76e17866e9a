package cn.hubei.yishi.advisor.samples;

import java.util.List;
import java.util.Map;

/**
 * One scenario. Every field of {@link Expect} that the file gives is checked; lists are compared as
 * sets except {@code pending}, which is compared in order. {@code applies}, {@code materials} and {@code missing}
 * are exact (and {@code verify --update} rewrites them); their {@code …Include} / {@code …Exclude} forms are partial:
 * these ids must be (or must not be) among the actual ones, whatever else is. {@code quantities} pins what the
 * applicant reads for a material, e.g. {@code id-card: 原件1份}.
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
            Integer promisedWorkingDays,
            List<String> appliesInclude,
            List<String> appliesExclude,
            List<String> materialsInclude,
            List<String> materialsExclude,
            List<String> missingInclude,
            List<String> missingExclude,
            Map<String, String> quantities,
            Map<String, String> departments) {
    }
}
