package cn.hubei.yishi.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Passwords cannot be guessed: after 5 wrong ones an account is locked (here for 2 s), after 20 from
 * one address that address; a right password is refused until the lock ends; the login page and the
 * API say so in Chinese; the log records each failure without the password; and password checks
 * beyond the pool are refused at once instead of queueing.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest extends StaffServer {

        @Test
    void theLoginFormLocksAnAccountAfterFiveWrongPasswordsEvenAgainstTheRightOne() throws Exception {
        StaffClient browser = new StaffClient("10.0.0.2", port);
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> page = browser.follow(browser.formLogin("form-locked", "guess-" + i));
            assertThat(page.body()).contains("用户名或密码不正确").doesNotContain("登录失败次数过多");
        }
        HttpResponse<String> fifth = browser.follow(browser.formLogin("form-locked", "guess-5"));
        assertThat(fifth.body()).contains("登录失败次数过多，请 2 秒后再试");

        // the right password now, from another address too: still refused, and no session is staff
        StaffClient elsewhere = new StaffClient("10.0.0.3", port);
        HttpResponse<String> right = elsewhere.formLogin("FORM-LOCKED", CLERK_PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).contains("/login?wait=");
        assertThat(elsewhere.follow(right).body()).contains("登录失败次数过多");
        assertThat(elsewhere.get("/cases").statusCode()).isEqualTo(302);

        Thread.sleep(2_100);
        HttpResponse<String> after = elsewhere.formLogin("form-locked", CLERK_PASSWORD);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/cases");
        assertThat(elsewhere.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswers429WithRetryAfterAndAChineseProblem(CapturedOutput output) throws Exception {
        StaffClient script = new StaffClient("10.0.0.4", port);
        for (int i = 1; i <= 4; i++) {
            assertThat(script.basic("GET", "/api/rules/status", "basic-locked", "secret-guess-" + i).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> fifth = script.basic("GET", "/api/rules/status", "basic-locked", "secret-guess-5");
        assertThat(fifth.statusCode()).isEqualTo(429);
        HttpResponse<String> right = script.basic("GET", "/api/rules/status", "basic-locked", POLICY_PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 2));
        assertThat(right.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(right.body()).contains("\"status\":429").contains("\"title\":\"登录尝试过多\"")
                .contains("登录失败次数过多，请 ");

        Thread.sleep(2_100);
        assertThat(script.basic("GET", "/api/rules/status", "basic-locked", POLICY_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(output.getAll()).contains("登录失败：账号 \"basic-locked\"，来源地址 10.0.0.4")
                .contains("已锁定").doesNotContain("secret-guess-");
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedForAll() throws Exception {
        StaffClient script = new StaffClient("10.0.0.5", port);
        int refused = 0;
        for (int i = 1; i <= 20; i++) {
            int code = script.basic("GET", "/api/rules/status", "nobody-" + i, "guess").statusCode();
            refused += code == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(1); // the 20th
        // the policy officer's right password from that address is refused too; from another, it works
        assertThat(script.basic("GET", "/api/rules/status", "policy", POLICY_PASSWORD).statusCode()).isEqualTo(429);
        assertThat(new StaffClient("10.0.0.6", port).basic("GET", "/api/rules/status", "policy", POLICY_PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aNameWithLineBreaksCannotForgeALogLine(CapturedOutput output) throws Exception {
        StaffClient script = new StaffClient("10.0.0.7", port);
        // no colon: HTTP Basic ends the name at the first one
        String forged = "x\r\n2026-12-02T10.00.00Z  INFO 登录成功 账号 policy";
        script.basic("GET", "/api/rules/status", forged, "guess");
        assertThat(output.getAll()).contains("账号 \"x??2026-12-02T10.00.00Z  INFO 登录成功 账号 policy\"")
                .doesNotContainPattern("(?m)^2026-12-02T10.00.00Z  INFO 登录成功");
    }

    @Test
    void passwordChecksBeyondThePoolAreRefusedAtOnceWith503() throws Exception {
        StaffClient script = new StaffClient("10.0.0.8", port);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String password = "wrong-bcrypt-" + i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return new StaffClient("10.0.0.8", port).basic("GET", "/api/cases", "slow", password);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, clients));
        }
        start.countDown();
        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
        clients.shutdown();
        List<Integer> codes = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(codes).contains(401, 503).containsOnly(401, 503);
        HttpResponse<String> busy = answers.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(busy.body()).contains("\"title\":\"服务器繁忙\"").contains("请 1 秒后再试");
        // and the right bcrypt password still works once the burst is over
        assertThat(script.basic("GET", "/api/cases", "slow", SLOW_PASSWORD).statusCode()).isEqualTo(200);
    }
}
