package cn.hubei.yishi.advisor.cases;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a case's history.
 *
 * @param status         the case's status after this event
 * @param detail         what changed, as the history shows it
 * @param rulesetVersion the rules the case was evaluated on after the change
 * @param record         for a verdict, what it told the applicant or the departments (JSON), so that a
 *                       notice or dispatch sheet prints the same later, whatever the rules then say
 */
@Table("case_event")
public record CaseEvent(OffsetDateTime happenedAt, String actor, Kind kind, CaseStatus status, String detail,
        String rulesetVersion, String record) {

    /** Beijing time, as the history shows it. */
    public String localTime() {
        return happenedAt.atZoneSameInstant(PrecheckCase.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    public enum Kind {
        CREATED("建档"), APPLICANT("修改申请人信息"), ANSWERS("修改情形"), MATERIALS("登记材料"), VERDICT("预审结论");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
