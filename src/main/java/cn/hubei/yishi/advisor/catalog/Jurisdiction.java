package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/**
 * A place that runs themes (湖北省, 天门市 …), from {@code rules/jurisdictions.yaml}: where its applicants go
 * and whom they call.
 *
 * @param id      ASCII, for addresses ({@code /?city=tianmen})
 * @param aliases the other names search understands (天门)
 * @param hotline the consultation hotline every page names (12345)
 * @param online  where its themes are applied for online, or empty
 * @param centres  its service centres, the first the default; empty for the province, whose themes are
 *                 handled at the applicant's city or county, and for a place whose centres are not yet listed
 * @param province the province ({@code province: true}): its themes are taken to a city or county
 */
public record Jurisdiction(String name, String id, List<String> aliases, String hotline, String online,
        List<ServiceCentre> centres, boolean province) {

    public Jurisdiction {
        aliases = List.copyOf(aliases);
        centres = List.copyOf(centres);
    }

    /** The centre of that id, or the first, or null when the jurisdiction has none. */
    public ServiceCentre centre(String centreId) {
        for (ServiceCentre c : centres) {
            if (c.id().equals(centreId)) {
                return c;
            }
        }
        return centres.isEmpty() ? null : centres.get(0);
    }
}
