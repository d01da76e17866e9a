package cn.hubei.yishi.advisor.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.rules.CompiledTheme;

/**
 * A case evaluated on the current rules with the materials the clerk has received in good order: what
 * is still missing or defective, and which verdicts that leaves open.
 *
 * @param answerErrors stored answers the current rules no longer accept (a question changed), by key
 * @param refused      verdicts the clerk cannot give now, with the reason shown beside each
 * @param suggested    the verdict the materials point to
 */
public record Assessment(CompiledTheme theme, Advice advice, Map<String, String> answers,
        Map<String, String> answerErrors, List<Item> missing, List<Item> defective,
        Map<CaseStatus, String> refused, CaseStatus suggested) {

    /**
     * A material as a notice or a sheet lists it.
     *
     * @param requiredBy the matters it serves, joined for print
     * @param waivable   may follow after acceptance (容缺); the rest are key materials
     */
    public record Item(String id, String name, String quantity, String requiredBy, boolean waivable, String note) {
    }

    /** Everything the applicant still has to bring: missing first, then defective. */
    public List<Item> outstanding() {
        List<Item> all = new ArrayList<>(missing);
        all.addAll(defective);
        return all;
    }

    /**
     * Materials the window retrieves as 电子证照 and verifies (可调取电子证照核验) instead of receiving them
     * from the applicant: the clerk looks each up before accepting.
     */
    public List<Advice.MaterialView> retrievals() {
        return advice.materials().stream().filter(Advice.MaterialView::retrieved).toList();
    }

    public boolean allows(CaseStatus verdict) {
        return verdict.isVerdict() && !refused.containsKey(verdict);
    }
}
