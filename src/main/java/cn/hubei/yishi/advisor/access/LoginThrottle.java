package cn.hubei.yishi.advisor.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Failed logins per account and per client address, in memory: a bounded cache each (so that a flood
 * of invented account names cannot push the addresses out), forgotten a lock's length after the last
 * failure. The state is per instance: behind a load balancer each instance counts on its own, and a
 * restart forgets it.
 */
class LoginThrottle {

    /** Failures so far and the instant before which the next attempt is refused. */
    private record Failures(int count, Instant blockedUntil) {
    }

    /** What the last failure led to: how long to wait, and whether that is a lock. */
    record Outcome(Duration delay, boolean locked, int accountFailures, int addressFailures) {
    }

    private final LoginLimits limits;
    private final Clock clock;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.accounts = cache(limits);
        this.addresses = cache(limits);
    }

    private static Cache<String, Failures> cache(LoginLimits limits) {
        return Caffeine.newBuilder().maximumSize(limits.maxKeys()).expireAfterWrite(limits.lock()).build();
    }

    /** How long this account or address must still wait before trying again; zero if it may try now. */
    Duration blocked(String account, String address) {
        Instant now = clock.instant();
        Duration a = remaining(accounts.getIfPresent(key(account)), now);
        Duration b = remaining(addresses.getIfPresent(address), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    Outcome failed(String account, String address) {
        Instant now = clock.instant();
        Failures a = accounts.asMap().compute(key(account), (k, f) -> next(f, limits.accountFailures(), now));
        Failures b = addresses.asMap().compute(address, (k, f) -> next(f, limits.addressFailures(), now));
        Duration wait = remaining(a, now).compareTo(remaining(b, now)) >= 0 ? remaining(a, now) : remaining(b, now);
        boolean locked = a.count() >= limits.accountFailures() || b.count() >= limits.addressFailures();
        return new Outcome(wait, locked, a.count(), b.count());
    }

    /** A right password clears the account's failures; the address's stay until they expire. */
    void succeeded(String account) {
        accounts.invalidate(key(account));
    }

    private Failures next(Failures before, int limit, Instant now) {
        int count = before == null ? 1 : before.count() + 1;
        return new Failures(count, now.plus(limits.waitAfter(count, limit)));
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null || !f.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil());
    }

    /** Account names are matched case-insensitively by the user store: count them so too. */
    private static String key(String account) {
        String name = account == null ? "" : account.toLowerCase(Locale.ROOT);
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
