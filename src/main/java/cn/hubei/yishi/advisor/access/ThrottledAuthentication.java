package cn.hubei.yishi.advisor.access;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff login (form and HTTP Basic) through the throttle: a locked account or address is refused
 * before its password is checked, even a right one; each failure is logged without the password. Refusals of a
 * locked account or address are logged once a minute per account and address, with how many were refused since:
 * a flood of guesses (thousands a second) must not fill the disk with log lines.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    /** Refusals not yet logged, per account and address; an entry lives one minute from its logged line. */
    private final Cache<String, AtomicLong> unlogged = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    ThrottledAuthentication(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = attempt.getName();
        String address = address(attempt);
        Duration blocked = throttle.blocked(account, address);
        if (!blocked.isZero()) {
            boolean[] first = {false};
            AtomicLong count = unlogged.get(account + '\0' + address, k -> {
                first[0] = true;
                return new AtomicLong();
            });
            long since = count.incrementAndGet();
            if (first[0]) {
                log.warn("登录被拒绝（失败次数过多，还需等待 {}）：账号 {}，来源地址 {}；一分钟内同一账号和地址的后续拒绝不再逐条记录",
                        LoginRefused.inWords(blocked), loggable(account), address);
            } else if (since % 10_000 == 0) {
                log.warn("登录仍被拒绝：账号 {}，来源地址 {}，本分钟内已拒绝 {} 次", loggable(account), address, since);
            }
            throw LoginRefused.throttled(blocked);
        }
        try {
            Authentication result = delegate.authenticate(attempt);
            throttle.succeeded(account);
            return result;
        } catch (LoginRefused busy) {
            log.warn("登录被拒绝（同时校验密码的请求过多）：账号 {}，来源地址 {}", loggable(account), address);
            throw busy;
        } catch (BadCredentialsException wrong) {
            LoginThrottle.Outcome o = throttle.failed(account, address);
            log.warn("登录失败：账号 {}，来源地址 {}（该账号第 {} 次，该地址第 {} 次）", loggable(account), address,
                    o.accountFailures(), o.addressFailures());
            if (o.locked()) {
                log.warn("已锁定 {}：账号 {}，来源地址 {}", LoginRefused.inWords(o.delay()), loggable(account), address);
                throw LoginRefused.throttled(o.delay());
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return delegate.supports(type);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "(未知)";
    }

    /**
     * The typed account name as it may appear in a log line: control characters and line separators
     * (which would forge log lines) become {@code ?}, and it is cut at 64 characters.
     */
    static String loggable(String account) {
        if (account == null) {
            return "\"\"";
        }
        StringBuilder b = new StringBuilder();
        account.codePoints().limit(64).forEach(c -> {
            int type = Character.getType(c);
            boolean unsafe = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
            b.appendCodePoint(unsafe ? '?' : c);
        });
        if (account.codePointCount(0, account.length()) > 64) {
            b.append('…');
        }
        return "\"" + b.toString().replace("\"", "\\\"") + "\"";
    }
}
