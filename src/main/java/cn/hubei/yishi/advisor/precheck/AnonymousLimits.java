package cn.hubei.yishi.advisor.precheck;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client address may hand in answers (each stores a submission) and look up a
 * pre-check code (codes must not be guessable by trying). A fixed window per address that starts
 * with its first request; counters for at most {@value #ADDRESSES} addresses are kept, so a flood
 * from many addresses cannot fill the heap.
 */
@Component
public class AnonymousLimits {

    static final int ADDRESSES = 100_000;

    private final Window submissions;
    private final Window lookups;

    AnonymousLimits(@Value("${advisor.rate-limit.submissions-per-window:20}") int submissions,
            @Value("${advisor.rate-limit.lookups-per-window:60}") int lookups,
            @Value("${advisor.rate-limit.window:PT1M}") Duration window) {
        this.submissions = new Window(submissions, window);
        this.lookups = new Window(lookups, window);
    }

    /** @throws RateLimitedException when this address has handed in too many answers in the window */
    public void submission(String address) {
        submissions.count(address, "提交过于频繁，请稍后再试（每个网络地址%s最多提交 %s 次）");
    }

    /** @throws RateLimitedException when this address has looked up too many codes in the window */
    public void lookup(String address) {
        lookups.count(address, "查询过于频繁，请稍后再试（每个网络地址%s最多查询 %s 次）");
    }

    private static final class Window {
        private final int limit;
        private final Duration length;
        private final Cache<String, AtomicInteger> counts;

        Window(int limit, Duration length) {
            this.limit = limit;
            this.length = length;
            this.counts = Caffeine.newBuilder().maximumSize(ADDRESSES).expireAfterWrite(length).build();
        }

        private String per() {
            long seconds = length.toSeconds();
            if (seconds == 60) {
                return "每分钟";
            }
            return seconds % 60 == 0 ? "每 " + seconds / 60 + " 分钟" : "每 " + seconds + " 秒";
        }

        void count(String address, String message) {
            String key = address == null ? "" : address;
            int n = counts.get(key, k -> new AtomicInteger()).incrementAndGet();
            if (n > limit) {
                long age = counts.policy().expireAfterWrite()
                        .map(p -> p.ageOf(key, TimeUnit.SECONDS).orElse(0L)).orElse(0L);
                long retry = Math.max(1, length.toSeconds() - age);
                throw new RateLimitedException(String.format(Locale.ROOT, message, per(), limit), retry);
            }
        }
    }
}
