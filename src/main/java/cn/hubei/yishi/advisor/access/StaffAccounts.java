package cn.hubei.yishi.advisor.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up checks of the configured staff accounts. Every account has a login of its own; a window clerk
 * (CLERK) has a display name, since the notices, receipts and sheets they sign print it. Outside the demo
 * profile a password given as {@code {noop}…} must have at least {@link #MIN_LENGTH} characters; an
 * encoded password (bcrypt and the like) cannot be checked, so whoever encodes it must choose a long one.
 * The demo profile, whose passwords are public, starts only when {@code advisor.demo=true} is given
 * explicitly.
 */
final class StaffAccounts {

    static final int MIN_LENGTH = 12;
    /** A person's name as a document prints it on one line beside 经办人. */
    static final int DISPLAY_NAME_MAX = 20;

    private StaffAccounts() {
    }

    /** @throws IllegalStateException with the Chinese reason the service refuses to start */
    static void check(List<AccessConfig.Account> accounts, boolean demoProfile, boolean demoConfirmed) {
        checkNames(accounts);
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

    private static void checkNames(List<AccessConfig.Account> accounts) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            AccessConfig.Account a = accounts.get(i);
            String at = "advisor.users[" + i + "]";
            if (a.name() == null || a.name().isBlank()) {
                throw new IllegalStateException("工作人员账号 " + at + " 没有账号名，服务拒绝启动。请设置 " + at + ".name");
            }
            Integer before = seen.putIfAbsent(a.name(), i);
            if (before != null) {
                throw new IllegalStateException("工作人员账号 " + a.name() + " 配置了两次（advisor.users[" + before
                        + "] 和 " + at + "），服务拒绝启动。每个账号名只能配置一次");
            }
            String name = a.displayName();
            if (name.isEmpty()) {
                if (a.roles().contains("CLERK")) {
                    throw new IllegalStateException("窗口人员账号 " + a.name() + " 没有配置姓名，服务拒绝启动。"
                            + "告知书、收件凭证、承诺书和分办单的“经办人”处印的是姓名：请设置 " + at
                            + ".display-name（如 张敏）");
                }
                continue;
            }
            if (name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX) {
                throw new IllegalStateException("工作人员账号 " + a.name() + " 的姓名（" + at + ".display-name）超过 "
                        + DISPLAY_NAME_MAX + " 个字，服务拒绝启动。请只填写本人姓名，如 张敏");
            }
            if (name.codePoints().anyMatch(StaffAccounts::invisible)) {
                // UTF-8 Chinese read as ISO-8859-1 (how .properties files are read) turns into C1 controls.
                boolean misread = name.codePoints().anyMatch(c -> c >= 0x80 && c <= 0x9F);
                throw new IllegalStateException("工作人员账号 " + a.name() + " 的姓名（" + at + ".display-name）"
                        + "含有换行、制表符等控制字符，服务拒绝启动。" + (misread
                        ? "看来是按 ISO-8859-1 读取了 UTF-8 的中文：.properties 文件中的中文须写成 \\u 转义"
                                + "（如 张敏 写作 \\u5f20\\u654f），或改用 application.yml 配置账号"
                        : "请删去后重新启动"));
            }
        }
    }

    /** Control characters, line and paragraph separators, bidi overrides: nothing a printed name may hold. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
