package cn.hubei.yishi.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        return new AccessConfig.Account(name, password, List.of("CLERK"));
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
