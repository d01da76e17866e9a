package cn.hubei.yishi.advisor.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice.Share;
import cn.hubei.yishi.advisor.facts.Requires;

/**
 * How one material of the one set is split between the departments that receive it, so that what the
 * applicant hands in is exactly what the dispatch sheets send on.
 *
 * <ul>
 *   <li>A matter that asks an original and copies asks the original to check the copies against
 *       (核对): the window checks it once and hands it back; the department gets the copies.</li>
 *   <li>A matter that asks an original alone keeps it. Only one department can: the one that asks the
 *       most (the first in the theme's order on a tie). Every other department that would keep one
 *       gets a copy in its stead, checked against the original by the window.</li>
 *   <li>A certificate (居民身份证, 户口簿, 营业执照: {@code returnOriginal} in the data) is never kept: its
 *       original is checked and handed back, and a department that asks it alone gets nothing of it.</li>
 *   <li>Within one department, the matters share: it gets the most originals and copies any of its
 *       matters asks.</li>
 * </ul>
 */
final class Shares {

    /** What one department's matters ask, merged. */
    private static final class Need {
        int kept;
        int checked;
        int copies;
    }

    private final Map<String, Need> byDepartment = new LinkedHashMap<>();
    private final boolean returnsOriginal;

    Shares(boolean returnsOriginal) {
        this.returnsOriginal = returnsOriginal;
    }

    void add(String department, Requires r) {
        Need n = byDepartment.computeIfAbsent(department, k -> new Need());
        if (r.getCopies() == 0 && !returnsOriginal) {
            n.kept = Math.max(n.kept, r.getOriginals());
        } else {
            n.checked = Math.max(n.checked, r.getOriginals());
        }
        n.copies = Math.max(n.copies, r.getCopies());
    }

    private String keeper() {
        String keeper = null;
        int most = 0;
        for (Map.Entry<String, Need> e : byDepartment.entrySet()) {
            if (e.getValue().kept > most) {
                most = e.getValue().kept;
                keeper = e.getKey();
            }
        }
        return keeper;
    }

    /** Originals kept by a department. */
    int keptOriginals() {
        String keeper = keeper();
        return keeper == null ? 0 : byDepartment.get(keeper).kept;
    }

    /** Originals the applicant brings: those kept, or at least as many as any matter checks. */
    int originals() {
        int checked = byDepartment.values().stream().mapToInt(n -> n.checked).max().orElse(0);
        return Math.max(keptOriginals(), checked);
    }

    /** Copies the applicant hands in: every department's, and one for each original it cannot keep. */
    int copies() {
        return shares().stream().mapToInt(Share::copies).sum();
    }

    /** One line per department, in the theme's order. */
    List<Share> shares() {
        String keeper = keeper();
        List<Share> shares = new ArrayList<>(byDepartment.size());
        for (Map.Entry<String, Need> e : byDepartment.entrySet()) {
            Need n = e.getValue();
            boolean keeps = e.getKey().equals(keeper);
            int inStead = keeps ? 0 : n.kept;
            String note = keeps ? "留存原件"
                    : inStead > 0 ? "原件由" + keeper + "留存，本部门收经窗口核对的复印件"
                    : n.checked > 0 || returnsOriginal ? "原件经综合窗口核对后退还申请人" : "";
            shares.add(new Share(e.getKey(), keeps ? n.kept : 0, n.copies + inStead, note));
        }
        return List.copyOf(shares);
    }
}
