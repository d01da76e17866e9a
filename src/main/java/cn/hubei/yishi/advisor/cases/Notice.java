package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What a 需补正 or 容缺受理 verdict told the applicant, kept with the verdict so that a reprint says
 * the same.
 *
 * @param verdict           {@link CaseStatus#CORRECTION} (一次性告知书) or {@link CaseStatus#ACCEPTED_WITH_WAIVER}
 * @param noticeDeadline    行政许可法 第32条: the applicant must be told everything to correct within five
 *                          (working) days of the window receiving the application
 * @param calendarCovered   whether the holiday calendar had that year (else only weekends were skipped)
 * @param items             everything missing or defective, all at once
 */
public record Notice(CaseStatus verdict, String caseNumber, String themeName, String jurisdiction,
        String leadDepartment, String applicantName, String applicantIdMasked, LocalDate receivedOn,
        LocalDate issuedOn, LocalDate noticeDeadline, boolean calendarCovered, List<Assessment.Item> items,
        String reason, String clerk, LocalDate promisedDate, String rulesetVersion) {
}
