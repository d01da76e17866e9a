package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.catalog.Option;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an evaluation tells the applicant and the clerk.
 *
 * @param complete             every question relevant to the answers so far is answered
 * @param eligible             complete, and no acceptance condition is unmet
 * @param promisedWorkingDays  the bundle's 承诺时限: the longest path through the applicable matters, where a
 *                             matter that waits for another starts when that one ends ({@link #stages})
 * @param stages               the applicable matters by the working day they start on: one stage when all run
 *                             in parallel
 * @param pendingQuestions     the asked questions not answered yet, in the order of {@code askedQuestions}
 * @param askedQuestions       the questions these answers ask, in the form's order: the theme's, with a question
 *                             asked because of an answer directly after the question answered
 * @param ignoredAnswers       answers to questions that these answers do not ask, left out
 */
public record Advice(
        String themeId,
        String themeName,
        String rulesetVersion,
        String themeVersion,
        boolean complete,
        List<QuestionView> pendingQuestions,
        List<String> askedQuestions,
        boolean eligible,
        String eligibilityText,
        List<UnmetView> unmetConditions,
        List<MatterView> matters,
        List<MaterialView> materials,
        List<MissingView> missing,
        Integer promisedWorkingDays,
        List<StageView> stages,
        List<String> ignoredAnswers,
        List<String> firedRules) {

    /** The applicable matters by department, in the theme's order: the checklist's table, one dispatch sheet each. */
    @JsonIgnore
    public Map<String, List<MatterView>> applicableByDepartment() {
        Map<String, List<MatterView>> byDepartment = new LinkedHashMap<>();
        matters.stream().filter(MatterView::applies)
                .forEach(m -> byDepartment.computeIfAbsent(m.department(), k -> new ArrayList<>()).add(m));
        return byDepartment;
    }

    /** The one set of materials by category (申请表, 身份证明 …), in order. */
    @JsonIgnore
    public Map<String, List<MaterialView>> materialsByCategory() {
        Map<String, List<MaterialView>> byCategory = new LinkedHashMap<>();
        materials.forEach(m -> byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m));
        return byCategory;
    }

    /**
     * One question of the form.
     *
     * @param dependsOn the question whose answer made this one asked, which the form shows it after; null for
     *                  a question asked whatever the answers
     */
    public record QuestionView(String key, String text, String type, String typeLabel, List<Option> options,
            String hint, Double min, Double max, boolean conditional, String dependsOn) {
        public static QuestionView of(QuestionDef q, boolean conditional) {
            return of(q, conditional, null);
        }

        public static QuestionView of(QuestionDef q, boolean conditional, String dependsOn) {
            return new QuestionView(q.key(), q.text(), q.type().name().toLowerCase(java.util.Locale.ROOT),
                    q.type().label(), q.options(), q.hint(), q.min(), q.max(), conditional, dependsOn);
        }
    }

    public record UnmetView(String matterId, String matterName, String message, String basis) {
    }

    /**
     * One matter of the theme.
     *
     * @param decided whether the answers so far settle it: it applies, a rule says why it does not, or
     *                every question is answered; otherwise it is 待确定, not "not needed"
     */
    public record MatterView(String id, String name, String department, boolean townLevel, String notes,
            boolean applies, boolean decided, List<String> reasons, String legalBasis, Integer timeLimitDays,
            Schedule schedule) {
    }

    /**
     * When an applicable matter runs, in working days from acceptance.
     *
     * @param waitsFor    the matters it starts after (their names), empty when it starts on acceptance
     * @param startsAfter working days after acceptance it can start
     * @param endsBy      working days after acceptance it is due
     */
    public record Schedule(int stage, List<String> waitsFor, int startsAfter, int endsBy) {
    }

    /**
     * Matters that start on the same day.
     *
     * @param startsAfter working days after acceptance; 0 on acceptance
     * @param endsBy      the last of them is due this many working days after acceptance
     */
    public record StageView(int number, int startsAfter, int endsBy, List<MatterRef> matters) {
    }

    /** Whether some applicable matter waits for another. */
    @JsonIgnore
    public boolean sequential() {
        return stages.size() > 1;
    }

    public record MatterRef(String id, String name) {
    }

    /**
     * One entry of the one set of materials.
     *
     * @param originals       originals to bring (原件): those a department keeps, or those the window checks
     * @param copies          copies to hand in (复印件): every receiving department's, summed
     * @param shares          what each department receives of it (empty when nothing is handed in)
     * @param needsSubmission false when produced inside the theme or available as 电子证照
     * @param waivable        may be supplied after acceptance (容缺受理)
     * @param retrieval       RETRIEVED: the window retrieves its 电子证照 (可调取电子证照核验), not handed in;
     *                        RETRIEVABLE_IF: retrievable only in a situation (issued in Hubei …) that does not
     *                        hold, so handed in; empty: no 电子证照
     * @param licenceSource   where the window retrieves it (湖北省电子证照库 …), or empty
     * @param licenceNote     for RETRIEVABLE_IF, when it need not be handed in (在湖北省内办理结婚登记的，可调取…)
     */
    public record MaterialView(String id, String name, String category, String issuer, List<MatterRef> requiredBy,
            String form, String formLabel, int originals, int copies, String quantity, boolean provided,
            boolean needsSubmission, String electronicLicence, String producedBy, List<String> exemptions,
            List<String> notes, boolean waivable, List<Share> shares, String retrieval, String licenceSource,
            String licenceNote) {

        /** The window retrieves and verifies its 电子证照 instead of the applicant handing it in. */
        @JsonIgnore
        public boolean retrieved() {
            return "RETRIEVED".equals(retrieval);
        }

        /** How the window gets it: 可调取电子证照核验, 本主题内生成, or 申请人提交. */
        @JsonProperty("provision")
        public String provision() {
            return retrieved() ? "可调取电子证照核验" : !producedBy.isEmpty() ? "本主题内生成" : "申请人提交";
        }
    }

    /**
     * What one department receives of a material.
     *
     * @param originals originals it keeps (at most one department keeps them)
     * @param copies    copies it receives, including one for each original another department keeps
     * @param note      who keeps the original, or that the window checked it
     */
    public record Share(String department, int originals, int copies, String note) {

        /** As the dispatch sheet reads: 原件1份, 复印件2份, or — when the window only checked the original. */
        public String quantity() {
            if (originals == 0 && copies == 0) {
                return "—";
            }
            List<String> parts = new ArrayList<>(2);
            if (originals > 0) {
                parts.add("原件" + originals + "份");
            }
            if (copies > 0) {
                parts.add("复印件" + copies + "份");
            }
            return String.join("，", parts);
        }
    }

    public record MissingView(String id, String name, List<MatterRef> requiredBy) {
    }
}
