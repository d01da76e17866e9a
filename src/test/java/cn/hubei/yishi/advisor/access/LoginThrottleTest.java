package cn.hubei.yishi.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The growing delay and the lock, on a clock the test moves. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final LoginThrottle throttle = new LoginThrottle(new LoginLimits(null, null, null, null, null, null), clock);

    @Test
    void anAccountWaitsLongerAfterEachFailureAndIsLockedAtTheFifth() {
        assertThat(throttle.failed("clerk", "10.0.0.1").delay()).isZero();
        assertThat(throttle.failed("clerk", "10.0.0.2").delay()).isZero();
        assertThat(throttle.failed("clerk", "10.0.0.3").delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.blocked("CLERK", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(throttle.blocked("clerk", "10.0.0.9")).isZero();
        assertThat(throttle.failed("clerk", "10.0.0.4").delay()).isEqualTo(Duration.ofSeconds(2));
        now = now.plusSeconds(2);
        LoginThrottle.Outcome fifth = throttle.failed("clerk", "10.0.0.5");
        assertThat(fifth.locked()).isTrue();
        assertThat(fifth.delay()).isEqualTo(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.blocked("clerk", "10.0.0.6")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.blocked("policy", "10.0.0.6")).isZero();
    }

    @Test
    void anAddressHasTenFreeFailuresThenWaitsThenIsLockedAtTheTwentieth() {
        for (int i = 1; i <= 10; i++) {
            assertThat(throttle.failed("user-" + i, "10.0.0.1").delay()).isZero();
        }
        Duration last = Duration.ZERO;
        for (int i = 11; i <= 19; i++) {
            LoginThrottle.Outcome o = throttle.failed("user-" + i, "10.0.0.1");
            assertThat(o.delay()).isGreaterThan(last);
            assertThat(o.locked()).isFalse();
            last = o.delay();
            now = now.plus(o.delay());
        }
        assertThat(throttle.failed("user-20", "10.0.0.1").locked()).isTrue();
        assertThat(throttle.blocked("someone-else", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.blocked("someone-else", "10.0.0.2")).isZero();
    }

    @Test
    void aRightPasswordClearsTheAccountsFailures() {
        throttle.failed("clerk", "10.0.0.1");
        throttle.failed("clerk", "10.0.0.1");
        throttle.succeeded("clerk");
        assertThat(throttle.failed("clerk", "10.0.0.1").accountFailures()).isEqualTo(1);
    }

    @Test
    void theWaitIsSaidInSecondsOrWholeMinutes() {
        assertThat(LoginRefused.throttled(Duration.ofMillis(1_200)).getMessage()).isEqualTo("登录失败次数过多，请 2 秒后再试。");
        assertThat(LoginRefused.throttled(Duration.ofMinutes(15)).getMessage()).isEqualTo("登录失败次数过多，请 15 分钟后再试。");
        assertThat(LoginRefused.throttled(Duration.ofSeconds(61)).getMessage()).contains("请 2 分钟后再试");
    }

    @Test
    void aLoggedNameKeepsToOneLine() {
        assertThat(ThrottledAuthentication.loggable("a\nb\r\u2028c\u0000d\"e")).isEqualTo("\"a?b??c?d\\\"e\"");
        assertThat(ThrottledAuthentication.loggable("x".repeat(100))).hasSize(64 + 3);
    }
}
