package cn.hubei.yishi.advisor.precheck;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Stored submissions expire after {@code advisor.submission-retention} (90 days by default): once an
 * hour, those older that no case was opened from are deleted.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SubmissionRetention {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRetention.class);

    private final SubmissionStore store;
    private final Period retention;
    private final Clock clock;

    @Autowired
    SubmissionRetention(SubmissionStore store, @Value("${advisor.submission-retention:P90D}") Period retention) {
        this(store, retention, Clock.systemUTC());
    }

    SubmissionRetention(SubmissionStore store, Period retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${advisor.submission-purge-every:PT1H}")
    int purge() {
        int purged = store.purgeOlderThan(clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant());
        if (purged > 0) {
            log.info("已删除 {} 份超过保存期限（{}）且未建档的预审提交", purged, retention);
        }
        return purged;
    }
}
