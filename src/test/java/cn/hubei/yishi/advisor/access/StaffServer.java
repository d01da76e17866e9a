package cn.hubei.yishi.advisor.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.hubei.yishi.advisor.testing.TestFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One server for the access tests (its context is shared by every subclass): the 儿童游乐园 rules of the frozen fixture
 * only, staff accounts with passwords long enough for a real service, a lock of 2 s instead of 15
 * minutes, and a single password check at a time. Tests that lock something use an account and a
 * client address of their own (through X-Forwarded-For, as behind a proxy), so that they cannot lock each other out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "advisor.watch-rules=false", "advisor.login.first-delay=0s", "advisor.login.lock=2s",
    "advisor.login.password-checks=1", "server.forward-headers-strategy=native"})
abstract class StaffServer {

    static final String POLICY_PASSWORD = "policy-password-for-tests";
    static final String CLERK_PASSWORD = "clerk-password-for-tests";
    static final String SLOW_PASSWORD = "bcrypt-password-for-tests";

    /** Accounts: name and role; each has the password of its role, "slow" a bcrypt one. */
    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"policy", "POLICY"}, new String[] {"clerk", "CLERK"},
            new String[] {"form-locked", "CLERK"}, new String[] {"basic-locked", "POLICY"},
            new String[] {"slow", "CLERK"});

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("access-test");
        Path rules = root.resolve("rules");
        Path bundled = cn.hubei.yishi.advisor.testing.Fixtures.RULES;
        for (String dir : List.of("common", "materials", "questions", "themes/children-playground")) {
            TestFiles.copyTree(bundled.resolve(dir), rules.resolve(dir));
        }
        Files.createDirectories(rules.resolve("matters"));
        for (String matter : List.of("company-setup", "food-business-licence", "outdoor-advertising",
                "special-equipment-use-registration")) {
            for (String file : List.of(matter + ".yaml", matter + ".drl")) {
                Files.copy(bundled.resolve("matters/" + file), rules.resolve("matters/" + file));
            }
        }
        Path samples = Files.createDirectories(root.resolve("samples"));
        registry.add("advisor.rules-dir", rules::toString);
        registry.add("advisor.samples-dir", samples::toString);
        registry.add("advisor.data-dir", () -> root.resolve("data").toString());
        // cost 12: a few hundred milliseconds, long enough for concurrent checks to overlap
        String slow = "{bcrypt}" + new BCryptPasswordEncoder(12).encode(SLOW_PASSWORD);
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            String[] a = ACCOUNTS.get(i);
            String password = a[0].equals("slow") ? slow
                    : "{noop}" + (a[1].equals("POLICY") ? POLICY_PASSWORD : CLERK_PASSWORD);
            int n = i;
            registry.add("advisor.users[" + n + "].name", () -> a[0]);
            registry.add("advisor.users[" + n + "].password", () -> password);
            registry.add("advisor.users[" + n + "].roles", () -> a[1]);
            registry.add("advisor.users[" + n + "].display-name", () -> "测试" + n);
        }
    }
}
