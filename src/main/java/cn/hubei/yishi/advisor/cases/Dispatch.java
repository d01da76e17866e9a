package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The dispatch sheets (分办单) made on acceptance: one per department, with its matters and the
 * materials that go to it. Matters run in parallel, so the theme's promised time is the longest.
 */
public record Dispatch(String caseNumber, String themeName, String jurisdiction, String leadDepartment,
        String applicantName, String applicantIdMasked, String applicantPhone, CaseStatus verdict,
        LocalDate acceptedOn, Integer promisedWorkingDays, LocalDate dueDate, boolean calendarCovered,
        String clerk, List<Sheet> sheets, List<Assessment.Item> waived, LocalDate promisedDate,
        String rulesetVersion) {

    public record Sheet(String department, List<MatterLine> matters, List<MaterialLine> materials) {
    }

    /** @param dueDate the acceptance date plus the matter's 承诺时限 in working days */
    public record MatterLine(String id, String name, Integer timeLimitDays, LocalDate dueDate) {
    }

    /** @param state 已收取, 容缺后补, or why it is not handed in (电子证照, produced inside the theme) */
    public record MaterialLine(String id, String name, String quantity, String state) {
    }
}
