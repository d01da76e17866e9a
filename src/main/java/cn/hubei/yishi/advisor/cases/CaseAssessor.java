package cn.hubei.yishi.advisor.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.AdviceService;
import cn.hubei.yishi.advisor.advice.FormAnswers;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.stereotype.Component;

/** Evaluates a case with the rules in force now, as the applicant's checklist does. */
@Component
class CaseAssessor {

    private final RulesetHolder rules;
    private final AdviceService advice;

    CaseAssessor(RulesetHolder rules, AdviceService advice) {
        this.rules = rules;
        this.advice = advice;
    }

    Assessment assess(PrecheckCase c) {
        return assess(c, c.getAnswersQuery(), c.getMaterials());
    }

    /** As {@link #assess(PrecheckCase)}, with answers or materials the clerk is about to save. */
    Assessment assess(PrecheckCase c, String answersQuery, Map<String, ReceivedMaterial> received) {
        Ruleset ruleset = rules.current();
        CompiledTheme theme = themeOf(ruleset, c);
        FormAnswers stored = FormAnswers.fromQuery(ruleset, theme, answersQuery);
        List<String> inOrder = received.entrySet().stream().filter(e -> !e.getValue().defective())
                .map(Map.Entry::getKey).toList();
        FormAnswers answers = FormAnswers.of(ruleset, theme, valid(stored), inOrder);
        Advice a = advice.evaluate(ruleset, theme, answers.input());

        Map<String, Advice.MaterialView> byId = new LinkedHashMap<>();
        a.materials().forEach(m -> byId.put(m.id(), m));
        List<Assessment.Item> defective = new ArrayList<>();
        for (Advice.MaterialView m : a.materials()) {
            ReceivedMaterial r = received.get(m.id());
            if (m.needsSubmission() && r != null && r.defective()) {
                defective.add(item(m, r.note()));
            }
        }
        List<Assessment.Item> missing = new ArrayList<>();
        for (Advice.MissingView m : a.missing()) {
            ReceivedMaterial r = received.get(m.id());
            if (r == null || !r.defective()) {
                missing.add(item(byId.get(m.id()), ""));
            }
        }
        Map<CaseStatus, String> refused = new EnumMap<>(CaseStatus.class);
        CaseStatus suggested = verdicts(a, missing, defective, refused);
        return new Assessment(theme, a, stored.raw(), stored.errors(), missing, defective, refused, suggested);
    }

    /** The case's theme in these rules; a theme withdrawn from the rules stops the case with a 409. */
    static CompiledTheme themeOf(Ruleset ruleset, PrecheckCase c) {
        CompiledTheme theme = ruleset.theme(c.getThemeId());
        if (theme == null) {
            throw new CaseStateException("本案件的主题（" + c.getThemeId() + "）已不在现行规则中，无法预审，请联系政策管理员");
        }
        return theme;
    }

    private static Map<String, String> valid(FormAnswers stored) {
        Map<String, String> valid = new LinkedHashMap<>(stored.raw());
        valid.keySet().removeAll(stored.errors().keySet());
        return valid;
    }

    private static Assessment.Item item(Advice.MaterialView m, String note) {
        String requiredBy = String.join("、", m.requiredBy().stream().map(Advice.MatterRef::name).toList());
        return new Assessment.Item(m.id(), m.name(), m.quantity(), requiredBy, m.waivable(), note);
    }

    /** Which verdicts the case allows, and why the others are not open; returns the one suggested. */
    private static CaseStatus verdicts(Advice a, List<Assessment.Item> missing, List<Assessment.Item> defective,
            Map<CaseStatus, String> refused) {
        if (!a.complete()) {
            String why = "还有 " + a.pendingQuestions().size() + " 个情形问题未回答，请先问清申请人的情况";
            for (CaseStatus s : CaseStatus.values()) {
                if (s.isVerdict()) {
                    refused.put(s, why);
                }
            }
            return CaseStatus.OPEN;
        }
        int outstanding = missing.size() + defective.size();
        boolean onlyWaivable = missing.stream().allMatch(Assessment.Item::waivable)
                && defective.stream().allMatch(Assessment.Item::waivable);
        if (!a.eligible()) {
            String why = "申请人不符合受理条件（见“受理条件”），只能不予受理";
            refused.put(CaseStatus.ACCEPTED, why);
            refused.put(CaseStatus.ACCEPTED_WITH_WAIVER, why);
            refused.put(CaseStatus.CORRECTION, why);
            return CaseStatus.REJECTED;
        }
        refused.put(CaseStatus.REJECTED, "申请人符合各事项的受理条件，不能不予受理");
        if (outstanding == 0) {
            refused.put(CaseStatus.CORRECTION, "材料已经齐全，无需补正");
            refused.put(CaseStatus.ACCEPTED_WITH_WAIVER, "材料已经齐全，无需容缺");
            return CaseStatus.ACCEPTED;
        }
        refused.put(CaseStatus.ACCEPTED, "还缺 " + outstanding + " 项材料（含有缺陷的），不能直接受理");
        if (!onlyWaivable) {
            refused.put(CaseStatus.ACCEPTED_WITH_WAIVER, "缺少的材料中有关键材料（规则未标为可容缺），不能容缺受理");
            return CaseStatus.CORRECTION;
        }
        return CaseStatus.ACCEPTED_WITH_WAIVER;
    }
}
