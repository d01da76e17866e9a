package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/**
 * A 政务服务中心 where themes are handled. Empty fields are facts not yet verified: pages leave them out
 * and point to the hotline instead.
 *
 * @param windows the 综合窗口 that take 一事联办 applications (e.g. “一事联办”综合窗口, 3—6号窗口)
 * @param phone   the centre's consultation phone
 */
public record ServiceCentre(String id, String name, String address, String hours, List<String> windows,
        String phone) {

    public ServiceCentre {
        windows = List.copyOf(windows);
    }
}
