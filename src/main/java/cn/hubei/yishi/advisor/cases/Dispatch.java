package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.util.List;

import cn.hubei.yishi.advisor.access.StaffNames;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The dispatch sheets (分办单) made on acceptance: one per department, with its matters and the
 * materials that go to it, split so that the sheets add up to what the window received (one department
 * keeps each original, the others get copies). Matters run in parallel unless one waits for another (初审
 * before 审批, a licence after the 营业执照 it needs): the theme's promised time is the longest path.
 *
 * @param clerk     the login of the clerk who accepted
 * @param clerkName that clerk's name as printed (张敏); absent from sheets made before accounts had names,
 *                  which print the name the login has now, or the login
 */
public record Dispatch(String caseNumber, String themeName, String jurisdiction, String leadDepartment,
        String applicantName, String applicantIdMasked, String applicantPhone, CaseStatus verdict,
        LocalDate acceptedOn, Integer promisedWorkingDays, LocalDate dueDate, boolean calendarCovered,
        String clerk, List<Sheet> sheets, List<Assessment.Item> waived, LocalDate promisedDate,
        String rulesetVersion, String clerkName) {

    /** As stored, with the clerk's name filled in where the stored sheets have none. */
    Dispatch named(StaffNames names) {
        return clerkName != null && !clerkName.isEmpty() ? this : new Dispatch(caseNumber, themeName, jurisdiction,
                leadDepartment, applicantName, applicantIdMasked, applicantPhone, verdict, acceptedOn,
                promisedWorkingDays, dueDate, calendarCovered, clerk, sheets, waived, promisedDate, rulesetVersion,
                names.of(clerk));
    }

    public record Sheet(String department, List<MatterLine> matters, List<MaterialLine> materials) {
    }

    /** Whether some matter waits for another, so that the sheets give start conditions. */
    @JsonIgnore
    public boolean sequential() {
        return sheets.stream().flatMap(s -> s.matters().stream()).anyMatch(m -> !m.waitsFor().isEmpty());
    }

    /**
     * @param dueDate     the acceptance date plus the working days until the matter is due: its 承诺时限, after
     *                    those of the matters it waits for
     * @param waitsFor    the matters it starts after (names); empty when it starts on acceptance, and on sheets
     *                    made before matters could wait
     * @param startsAfter working days after acceptance it can start
     * @param startsOn    the date it can start, when its matters are done on time
     */
    public record MatterLine(String id, String name, Integer timeLimitDays, LocalDate dueDate, List<String> waitsFor,
            int startsAfter, LocalDate startsOn) {

        public MatterLine {
            waitsFor = waitsFor == null ? List.of() : List.copyOf(waitsFor);
        }
    }

    /**
     * @param quantity what this department receives (原件1份 / 复印件2份), or — when nothing is handed in
     * @param state    已收取, 容缺后补, or why it is not handed in (电子证照, produced inside the theme)
     * @param originals originals this department keeps; copies, the copies it receives
     * @param keeping  who keeps the original (留存原件; 原件由…留存), or that the window checked it; empty on
     *                 sheets made before this was recorded
     */
    public record MaterialLine(String id, String name, String quantity, String state, String keeping, int originals,
            int copies) {
    }
}
