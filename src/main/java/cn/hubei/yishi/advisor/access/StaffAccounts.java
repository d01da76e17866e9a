package cn.hubei.yishi.advisor.access;

import java.util.List;

/**
 * Start-up checks of the configured staff accounts. Outside the demo profile a password given as
 * {@code {noop}…} must have at least {@link #MIN_LENGTH} characters; an encoded password (bcrypt and
 * the like) cannot be checked, so whoever encodes it must choose a long one. The demo profile, whose
 * passwords are public, starts only when {@code advisor.demo=true} is given explicitly.
 */
final class StaffAccounts {

    static final int MIN_LENGTH = 12;

    private StaffAccounts() {
    }

    /** @throws IllegalStateException with the Chinese reason the service refuses to start */
    static void check(List<AccessConfig.Account> accounts, boolean demoProfile, boolean demoConfirmed) {
        if (demoProfile) {
            if (!demoConfirmed) {
                throw new IllegalStateException("演示配置（demo）使用公开的演示账号和密码，不得用于正式服务。"
                        + "确需启动演示环境，请在启动参数中加上 --advisor.demo=true");
            }
            return;
        }
        for (AccessConfig.Account a : accounts) {
            String password = a.password() == null ? "" : a.password();
            if (password.isEmpty() || password.startsWith("{noop}")
                    && password.codePointCount(6, password.length()) < MIN_LENGTH) {
                throw new IllegalStateException("工作人员账号 " + a.name() + " 的密码少于 " + MIN_LENGTH
                        + " 个字符，服务拒绝启动。请在 advisor.users 中为该账号设置更长的密码（建议使用 {bcrypt} 编码）");
            }
        }
    }
}
