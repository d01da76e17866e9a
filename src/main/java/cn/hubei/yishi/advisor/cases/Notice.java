package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.util.List;

import cn.hubei.yishi.advisor.access.StaffNames;

/**
 * What a 需补正 or 容缺受理 verdict told the applicant, kept with the verdict so that a reprint says
 * the same.
 *
 * @param verdict           {@link CaseStatus#CORRECTION} (一次性告知书) or {@link CaseStatus#ACCEPTED_WITH_WAIVER}
 * @param noticeDeadline    行政许可法 第32条: the applicant must be told everything to correct within five
 *                          (working) days of the window receiving the application
 * @param calendarCovered   whether the holiday calendar had that year (else only weekends were skipped)
 * @param items             everything missing or defective, all at once
 * @param clerk             the login of the clerk who gave the verdict
 * @param clerkName         that clerk's name as printed (张敏); absent from notices given before accounts
 *                          had names, which print the name the login has now, or the login
 */
public record Notice(CaseStatus verdict, String caseNumber, String themeName, String jurisdiction,
        String leadDepartment, String applicantName, String applicantIdMasked, LocalDate receivedOn,
        LocalDate issuedOn, LocalDate noticeDeadline, boolean calendarCovered, List<Assessment.Item> items,
        String reason, String clerk, LocalDate promisedDate, String rulesetVersion, String clerkName) {

    /** As stored, with the clerk's name filled in where the stored notice has none. */
    Notice named(StaffNames names) {
        return clerkName != null && !clerkName.isEmpty() ? this : new Notice(verdict, caseNumber, themeName,
                jurisdiction, leadDepartment, applicantName, applicantIdMasked, receivedOn, issuedOn, noticeDeadline,
                calendarCovered, items, reason, clerk, promisedDate, rulesetVersion, names.of(clerk));
    }
}
