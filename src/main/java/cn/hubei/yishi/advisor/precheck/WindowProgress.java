package cn.hubei.yishi.advisor.precheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the window has done with a submission, for the applicant who holds its code: implemented by the
 * clerk's console, so that this package does not depend on it.
 */
public interface WindowProgress {

    Optional<Progress> forCode(String code);

    /**
     * @param toBring what the applicant still has to bring (需补正 or 容缺受理), with what is wrong
     * @param bringBy for 容缺受理, the promised date
     * @param dueDate once accepted, when all matters are due
     * @param reason  for 不予受理, a fixed sentence: never the clerk's free text, which may hold personal data
     */
    record Progress(String caseNumber, String statusLabel, String status, List<String> toBring, LocalDate bringBy,
            LocalDate dueDate, String reason) {
    }
}
