package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.advice.Advice.MaterialView;
import cn.hubei.yishi.advisor.advice.Advice.MatterRef;
import cn.hubei.yishi.advisor.advice.Advice.MissingView;
import cn.hubei.yishi.advisor.catalog.MaterialDef;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import cn.hubei.yishi.advisor.facts.Requires;
import cn.hubei.yishi.advisor.rules.Ruleset;

/**
 * The one set of materials (一套材料): every material the applicable matters require, once.
 *
 * <ul>
 *   <li>Merged by material id, listing every matter it serves. The count is what the departments
 *       receive between them ({@link Shares}): one department keeps an original, the others get a copy
 *       in its stead, and each department gets the copies its matters ask.</li>
 *   <li>A material that an applicable matter of the same theme issues (营业执照 from 企业设立登记)
 *       is not asked of the applicant.</li>
 *   <li>Matters' own application forms give way to the theme's joint form (一表申请).</li>
 *   <li>A material an electronic licence (电子证照) stands in for need not be handed in: the window
 *       retrieves and verifies it (可调取电子证照核验). Where the material names the situation that allows it
 *       ({@code eLicenceWhen}, a {@code Flag} its rules insert, e.g. issued in Hubei), only when that
 *       classification holds; otherwise it stays to be handed in, and the applicant reads when it need not be.</li>
 * </ul>
 */
record OneSet(List<MaterialView> materials, List<MissingView> missing) {

    /** The material id the theme's joint application form goes by. */
    static final String JOINT_FORM = "joint-application-form";
    /** {@link MaterialView#retrieval()}: the window retrieves the 电子证照 (可调取电子证照核验). */
    static final String RETRIEVED = "RETRIEVED";
    /** {@link MaterialView#retrieval()}: retrievable only in a situation that does not hold (yet). */
    static final String RETRIEVABLE_IF = "RETRIEVABLE_IF";

    static OneSet merge(Ruleset ruleset, Theme theme, RuleOutcome outcome, List<String> submitted) {
        Map<String, String> producedBy = new LinkedHashMap<>();
        for (ThemeMatter tm : theme.matters()) {
            if (outcome.applies.containsKey(tm.matterId())) {
                MatterDef def = ruleset.matters().get(tm.matterId());
                def.produces().forEach(m -> producedBy.putIfAbsent(m, tm.name()));
            }
        }
        // Matters in the theme's order, each matter's materials in the order its rules ask for them.
        Map<String, List<Requires>> byMatter = new LinkedHashMap<>();
        for (Requires r : outcome.requires) {
            byMatter.computeIfAbsent(r.getMatter(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Shares> shares = new LinkedHashMap<>();
        for (ThemeMatter tm : theme.matters()) {
            if (!outcome.applies.containsKey(tm.matterId())) {
                continue;
            }
            for (Requires r : byMatter.getOrDefault(tm.matterId(), List.of())) {
                MaterialDef def = ruleset.materials().get(r.getMaterial());
                String id = !theme.jointForm().isEmpty() && def.applicationForm() ? JOINT_FORM : def.id();
                entries.computeIfAbsent(id, k -> new Entry()).add(tm, r);
                boolean returned = !id.equals(JOINT_FORM) && def.returnsOriginal();
                shares.computeIfAbsent(id, k -> new Shares(returned)).add(tm.department(), r);
            }
        }

        Set<String> have = new LinkedHashSet<>(submitted);
        List<String> categories = new ArrayList<>();
        List<MaterialView> materials = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String id = e.getKey();
            MaterialDef def = ruleset.materials().get(id);
            Entry entry = e.getValue();
            Shares split = shares.get(id);
            entry.originals = split.originals();
            entry.copies = split.copies();
            String name = id.equals(JOINT_FORM) ? theme.jointForm() : def.name();
            List<String> exemptions = new ArrayList<>();
            String produced = producedBy.getOrDefault(id, "");
            if (!produced.isEmpty()) {
                exemptions.add("由本主题内「" + produced + "」办结后生成，无需申请人另行提交");
            }
            String retrieval = "";
            String retrievalNote = "";
            // Issued by a matter of this theme, there is no licence to retrieve yet: it comes from that matter.
            if (!def.electronicLicence().isEmpty() && !id.equals(JOINT_FORM) && produced.isEmpty()) {
                String source = def.licenceSource().isEmpty() ? "" : "（" + def.licenceSource() + "）";
                if (def.licenceWhen().isEmpty() || outcome.flags.contains(def.licenceWhen())) {
                    retrieval = RETRIEVED;
                    exemptions.add("可调取「" + def.electronicLicence() + "」电子证照核验" + source + "，免于提交纸质材料");
                } else {
                    retrieval = RETRIEVABLE_IF;
                    String when = def.licenceCondition().isEmpty() ? "符合条件的" : def.licenceCondition();
                    retrievalNote = when + "，可调取「" + def.electronicLicence() + "」电子证照核验" + source
                            + "，免于提交；否则请提交纸质材料";
                }
            }
            if (!categories.contains(def.category())) {
                categories.add(def.category());
            }
            materials.add(new MaterialView(id, name, def.category(), def.issuer(), List.copyOf(entry.requiredBy),
                    formCode(entry), formLabel(entry), entry.originals, entry.copies, quantity(entry),
                    have.contains(id), exemptions.isEmpty(), def.electronicLicence(), produced,
                    List.copyOf(exemptions), notes(def, entry, split, retrievalNote), def.waivable(),
                    exemptions.isEmpty() ? split.shares() : List.of(), retrieval, def.licenceSource(),
                    retrievalNote));
        }
        // Group by category, forms first, otherwise in the order the rules ask for them.
        materials.sort(Comparator.comparingInt(m -> m.id().equals(JOINT_FORM) || "申请表".equals(m.category())
                ? -1 : categories.indexOf(m.category())));
        List<MissingView> missing = new ArrayList<>();
        for (MaterialView m : materials) {
            if (m.needsSubmission() && !m.provided()) {
                missing.add(new MissingView(m.id(), m.name(), m.requiredBy()));
            }
        }
        return new OneSet(List.copyOf(materials), List.copyOf(missing));
    }

    private static List<String> notes(MaterialDef def, Entry entry, Shares split, String retrievalNote) {
        List<String> notes = new ArrayList<>();
        if (!retrievalNote.isEmpty()) {
            notes.add(retrievalNote);
        }
        if (!def.notes().isEmpty()) {
            notes.add(def.notes());
        }
        if (split.originals() > 0 && split.keptOriginals() == 0) {
            notes.add("原件经窗口核对后退还");
        }
        for (String n : entry.notes) {
            if (!notes.contains(n)) {
                notes.add(n);
            }
        }
        return List.copyOf(notes);
    }

    private static String formCode(Entry e) {
        return e.originals > 0 && e.copies > 0 ? "ORIGINAL_AND_COPY" : e.originals > 0 ? "ORIGINAL" : "COPY";
    }

    private static String formLabel(Entry e) {
        return e.originals > 0 && e.copies > 0 ? "原件及复印件" : e.originals > 0 ? "原件" : "复印件";
    }

    private static String quantity(Entry e) {
        List<String> parts = new ArrayList<>(2);
        if (e.originals > 0) {
            parts.add("原件" + e.originals + "份");
        }
        if (e.copies > 0) {
            parts.add("复印件" + e.copies + "份");
        }
        return String.join("，", parts);
    }

    /** Accumulates one material across the matters that require it. */
    private static final class Entry {
        final List<MatterRef> requiredBy = new ArrayList<>(2);
        final List<String> notes = new ArrayList<>(1);
        int originals;
        int copies;

        void add(ThemeMatter tm, Requires r) {
            MatterRef ref = new MatterRef(tm.matterId(), tm.name());
            if (!requiredBy.contains(ref)) {
                requiredBy.add(ref);
            }
            if (!r.getNote().isEmpty() && !notes.contains(r.getNote())) {
                notes.add(r.getNote());
            }
        }
    }
}
