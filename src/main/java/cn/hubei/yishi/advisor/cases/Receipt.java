package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The 收件凭证: what the window has in hand for a case, for the applicant and the clerk to sign. Unlike a
 * notice it is not frozen with a verdict: a reprint after a 容缺 material came in lists that one too.
 *
 * @param receivedOn the day of the latest material registration
 * @param clerk      the login of whoever registered it, {@code clerkName} their name as printed
 * @param originals  originals over all lines, {@code copies} copies, as the foot of the table sums them
 */
public record Receipt(String caseNumber, String themeName, String jurisdiction, String applicantName,
        String applicantIdMasked, LocalDate receivedOn, String clerk, String clerkName, List<Line> lines,
        int originals, int copies) {

    /**
     * One material received, with the originals and copies the case's one set asks for it.
     *
     * @param note for a defective one, what is wrong with it; empty otherwise
     */
    public record Line(String id, String name, int originals, int copies, boolean defective, String note) {
    }
}
