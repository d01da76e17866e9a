package cn.hubei.yishi.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The service refuses to start with staff passwords anyone could guess: a short {noop} password
 * outside the demo profile, or the demo profile (public passwords) without advisor.demo=true.
 */
class StaffAccountsTest {

    private static AccessConfig.Account account(String name, String password) {
        return new AccessConfig.Account(name, password, List.of("CLERK"), "张敏");
    }

    private static AccessConfig.Account named(String name, String role, String displayName) {
        return new AccessConfig.Account(name, "{noop}long-enough-password", List.of(role), displayName);
    }

    @Test
    void aClerkWithoutANameIsRefusedNamingThePropertyToSet() {
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named("policy", "POLICY", null),
                named("window-2", "CLERK", "  ")), false, false))
                .hasMessageContaining("窗口人员账号 window-2 没有配置姓名")
                .hasMessageContaining("advisor.users[1].display-name");
        // also in the demo profile, whose passwords are not checked
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named("clerk", "CLERK", null)), true, true))
                .hasMessageContaining("advisor.users[0].display-name");
        // policy staff sign nothing: a name is optional for them
        StaffAccounts.check(List.of(named("policy", "POLICY", null), named("window-2", "CLERK", "张敏")), false, false);
    }

    @Test
    void aNameThatCannotBePrintedOnOneLineIsRefused() {
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named("window-2", "CLERK", "张敏\n经办人：李四")), false, false))
                .hasMessageContaining("window-2").hasMessageContaining("控制字符");
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named("window-2", "CLERK", "张".repeat(21))), false, false))
                .hasMessageContaining("超过 20 个字");
        StaffAccounts.check(List.of(named("window-2", "CLERK", "阿依古丽·买买提")), false, false);
        // UTF-8 written into a .properties file, which is read as ISO-8859-1
        String misread = new String("张敏".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named("window-2", "CLERK", misread)), false, false))
                .hasMessageContaining("\\u5f20\\u654f").hasMessageContaining("application.yml");
    }

    @Test
    void aLoginConfiguredTwiceOrNotAtAllIsRefused() {
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named("clerk", "CLERK", "张敏"),
                named("clerk", "CLERK", "李四")), false, false))
                .hasMessageContaining("工作人员账号 clerk 配置了两次（advisor.users[0] 和 advisor.users[1]）");
        assertThatThrownBy(() -> StaffAccounts.check(List.of(named(null, "CLERK", "张敏")), false, false))
                .hasMessageContaining("advisor.users[0].name");
    }

    @Test
    void theNamesReadAsTheyArePrintedAndAnUnknownLoginAsItself() {
        StaffNames names = new AccessConfig().staffNames(new AccessConfig.Users(List.of(named("clerk", "CLERK", " 张敏 "),
                named("policy", "POLICY", null))));
        assertThat(names.of("clerk")).isEqualTo("张敏");
        assertThat(names.of("policy")).isEqualTo("policy");
        assertThat(names.of("left-last-year")).isEqualTo("left-last-year");
    }

    @Test
    void aShortPlainPasswordIsRefusedNamingTheAccount() {
        assertThatThrownBy(() -> StaffAccounts.check(List.of(account("window-3", "{noop}12345678901")), false, false))
                .hasMessageContaining("工作人员账号 window-3 的密码少于 12 个字符");
        StaffAccounts.check(List.of(account("window-3", "{noop}123456789012")), false, false);
        // an encoded password cannot be measured: it is accepted as it is
        StaffAccounts.check(List.of(account("window-3", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv")), false, false);
        assertThatThrownBy(() -> StaffAccounts.check(List.of(account("window-4", "")), false, false))
                .hasMessageContaining("window-4");
    }

    @Test
    void theDemoProfileNeedsAdvisorDemoTrue() {
        assertThatThrownBy(() -> StaffAccounts.check(List.of(account("clerk", "{noop}clerk-demo")), true, false))
                .hasMessageContaining("--advisor.demo=true");
        StaffAccounts.check(List.of(account("clerk", "{noop}clerk-demo")), true, true);
    }

    @Test
    void theServiceDoesNotStart() throws Exception {
        Path empty = Files.createTempDirectory("no-rules");
        String[] args = {"--server.port=0", "--advisor.watch-rules=false", "--advisor.rules-dir=" + empty,
            "--advisor.samples-dir=" + empty, "--advisor.data-dir=" + empty.resolve("data")};
        assertThatThrownBy(() -> new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo").run(args).close())
                .satisfies(e -> assertThat(rootMessage(e)).contains("请在启动参数中加上 --advisor.demo=true"));
        String[] shortPassword = append(args, "--advisor.users[0].name=policy", "--advisor.users[0].password={noop}secret",
                "--advisor.users[0].roles=POLICY");
        assertThatThrownBy(() -> new SpringApplicationBuilder(AdvisorApplication.class).run(shortPassword).close())
                .satisfies(e -> assertThat(rootMessage(e)).contains("工作人员账号 policy 的密码少于 12 个字符"));
        String[] clerkWithoutName = append(args, "--advisor.users[0].name=window-1",
                "--advisor.users[0].password={noop}long-enough-password", "--advisor.users[0].roles=CLERK");
        assertThatThrownBy(() -> new SpringApplicationBuilder(AdvisorApplication.class).run(clerkWithoutName).close())
                .satisfies(e -> assertThat(rootMessage(e)).contains("窗口人员账号 window-1 没有配置姓名")
                        .contains("advisor.users[0].display-name"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String[] append(String[] a, String... more) {
        String[] all = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, all, a.length, more.length);
        return all;
    }
}
