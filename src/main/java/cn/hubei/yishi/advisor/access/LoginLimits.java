package cn.hubei.yishi.advisor.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins an account or a client address may have before it must wait, and how long.
 * Half of a limit is free; each further failure doubles the wait from {@code firstDelay}; at the
 * limit the key is locked for {@code lock}. Failures are forgotten {@code lock} after the last one.
 *
 * @param accountFailures failures of one account (any address) until it is locked
 * @param addressFailures failures from one client address (any account) until it is locked
 * @param firstDelay      the first wait, doubled at each further failure
 * @param lock            how long a lock lasts
 * @param maxKeys         accounts and addresses remembered (each; the least used are forgotten first)
 * @param passwordChecks  password checks (bcrypt) run at once; a login beyond them is refused at once
 */
@ConfigurationProperties("advisor.login")
record LoginLimits(Integer accountFailures, Integer addressFailures, Duration firstDelay, Duration lock,
        Integer maxKeys, Integer passwordChecks) {

    LoginLimits {
        accountFailures = accountFailures == null ? 5 : accountFailures;
        addressFailures = addressFailures == null ? 20 : addressFailures;
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        lock = lock == null ? Duration.ofMinutes(15) : lock;
        maxKeys = maxKeys == null ? 10_000 : maxKeys;
        passwordChecks = passwordChecks == null ? 2 : passwordChecks;
    }

    /** How long a key with {@code failures} failures out of {@code limit} must wait; zero if none. */
    Duration waitAfter(int failures, int limit) {
        if (failures >= limit) {
            return lock;
        }
        int free = limit / 2;
        if (failures <= free) {
            return Duration.ZERO;
        }
        Duration wait = firstDelay.multipliedBy(1L << Math.min(failures - free - 1, 30));
        return wait.compareTo(lock) > 0 ? lock : wait;
    }
}
