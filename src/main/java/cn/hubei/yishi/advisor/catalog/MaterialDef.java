package cn.hubei.yishi.advisor.catalog;

/**
 * A material (申请材料) with a stable id, so that several matters asking for it merge into one entry.
 *
 * @param electronicLicence the name of the 电子证照 that stands in for it, or empty
 * @param licenceSource     where the window retrieves it (湖北省电子证照库, 学信网 …), or empty
 * @param licenceWhen       the {@code Flag} a rule inserts when the applicant's situation lets the window
 *                          retrieve it (issued in Hubei …); empty: always retrievable
 * @param licenceCondition  that situation as the applicant reads it (结婚登记在湖北省内办理的), or empty
 * @param waivable          may be supplied after acceptance (容缺受理); key materials may not
 * @param applicationForm   a matter's own application form, replaced by the theme's joint form
 * @param returnsOriginal   a certificate (身份证, 户口簿, 营业执照): its original is checked and handed back,
 *                          never kept by a department
 */
public record MaterialDef(
        String id,
        String name,
        String category,
        String issuer,
        String electronicLicence,
        boolean waivable,
        boolean applicationForm,
        String notes,
        boolean returnsOriginal,
        String licenceSource,
        String licenceWhen,
        String licenceCondition) {

    /** A material with no electronic licence conditions beyond its name. */
    public MaterialDef(String id, String name, String category, String issuer, String electronicLicence,
            boolean waivable, boolean applicationForm, String notes, boolean returnsOriginal) {
        this(id, name, category, issuer, electronicLicence, waivable, applicationForm, notes, returnsOriginal,
                "", "", "");
    }
}
