package cn.hubei.yishi.advisor.cases;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** A line of the case queue; the ID number is masked. */
public record CaseSummary(long id, String number, String precheckCode, String themeId, String applicantName,
        String applicantIdMasked, CaseStatus status, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt) {

    /** Beijing time, as the queue shows it. */
    public String createdLocal() {
        return createdAt.atZoneSameInstant(PrecheckCase.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
