package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice;

/** A case as the API returns it: the stored case and its evaluation on the current rules. */
public record CaseView(long id, String number, long version, CaseStatus status, String statusLabel,
        String precheckCode, String themeId, String themeName, Applicant applicant, LocalDate receivedOn,
        LocalDate promisedDate, Map<String, String> answers, Map<String, String> answerErrors,
        Map<String, ReceivedMaterial> materials, Evaluation evaluation, List<HistoryEntry> history) {

    /**
     * @param allowedVerdicts the verdicts the clerk may give now
     * @param refusedVerdicts the others, with why not
     */
    public record Evaluation(String rulesetVersion, boolean complete, List<Advice.QuestionView> pendingQuestions,
            boolean eligible, List<Advice.UnmetView> unmetConditions, List<Advice.MatterView> matters,
            Integer promisedWorkingDays, List<Assessment.Item> missing, List<Assessment.Item> defective,
            CaseStatus suggestedVerdict, List<CaseStatus> allowedVerdicts, Map<CaseStatus, String> refusedVerdicts) {
    }

    public record HistoryEntry(String at, String actor, String kind, String status, String detail,
            String rulesetVersion) {
    }

    static CaseView of(PrecheckCase c, Assessment a) {
        Advice advice = a.advice();
        List<CaseStatus> allowed = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            if (a.allows(s)) {
                allowed.add(s);
            }
        }
        Evaluation e = new Evaluation(advice.rulesetVersion(), advice.complete(), advice.pendingQuestions(),
                advice.eligible(), advice.unmetConditions(), advice.matters(), advice.promisedWorkingDays(),
                a.missing(), a.defective(), a.suggested(), allowed, a.refused());
        List<HistoryEntry> history = c.getEvents().stream().map(ev -> new HistoryEntry(
                ev.happenedAt().atZoneSameInstant(PrecheckCase.ZONE).toOffsetDateTime().toString(), ev.actor(),
                ev.kind().label(), ev.status().label(), ev.detail(), ev.rulesetVersion())).toList();
        return new CaseView(c.getId(), c.number(), c.getVersion(), c.getStatus(), c.getStatus().label(),
                c.getPrecheckCode(), c.getThemeId(), a.theme().theme().name(), c.getApplicant(), c.getReceivedOn(),
                c.getPromisedDate(), a.answers(), a.answerErrors(), c.getMaterials(), e, history);
    }
}
