package cn.hubei.yishi.advisor.access;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before its password was checked: too many failures (429) or too many password
 * checks running at once (503). The message is the Chinese sentence shown to the user.
 */
class LoginRefused extends AuthenticationException {

    private final Duration retryAfter;
    private final boolean busy;

    private LoginRefused(String message, Duration retryAfter, boolean busy) {
        super(message);
        this.retryAfter = retryAfter;
        this.busy = busy;
    }

    static LoginRefused throttled(Duration wait) {
        return new LoginRefused("登录失败次数过多，请 " + inWords(wait) + "后再试。", wait, false);
    }

    static LoginRefused tooBusy() {
        return new LoginRefused("同时登录的请求过多，请 1 秒后再试。", Duration.ofSeconds(1), true);
    }

    /** Whole seconds, rounded up, for {@code Retry-After}. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    boolean isBusy() {
        return busy;
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 60 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
    }
}
