package cn.hubei.yishi.advisor.access;

import java.util.Map;

/**
 * The name each member of staff signs documents with (张敏), by login. Cases record the login of whoever
 * acted; a login that no configured account has any more (a colleague who left) reads as itself.
 */
public final class StaffNames {

    private final Map<String, String> byLogin;

    StaffNames(Map<String, String> byLogin) {
        this.byLogin = Map.copyOf(byLogin);
    }

    /** The display name of {@code login}, or the login itself where none is known. */
    public String of(String login) {
        if (login == null) {
            return "";
        }
        return byLogin.getOrDefault(login, login);
    }
}
