package cn.hubei.yishi.advisor.cases;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A material the clerk has in hand for a case.
 *
 * @param defective received but not acceptable as it is (expired, unsigned, unclear …)
 * @param note      what is wrong with it, as the applicant will read it on the notice
 */
@Table("case_material")
public record ReceivedMaterial(boolean defective, String note) {
    public ReceivedMaterial {
        note = note == null ? "" : note.strip();
    }
}
