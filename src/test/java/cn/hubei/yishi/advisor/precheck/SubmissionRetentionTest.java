package cn.hubei.yishi.advisor.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Anonymous submissions are kept for the retention period and then deleted; younger ones stay. */
class SubmissionRetentionTest {

    @Test
    void submissionsOlderThanTheRetentionPeriodAreDeletedAndYoungerOnesKept() throws Exception {
        Path data = Files.createTempDirectory("retention-data");
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(AdvisorApplication.class)
                .run("--server.port=0", "--advisor.data-dir=" + data, "--advisor.watch-rules=false")) {
            SubmissionStore store = server.getBean(SubmissionStore.class);
            Submission kept = store.store("tm-restaurant", "a.by-agent=false", "v1");
            Period retention = Period.ofDays(90);

            SubmissionRetention day89 = new SubmissionRetention(store, retention,
                    Clock.offset(Clock.systemUTC(), Duration.ofDays(89)));
            assertThat(day89.purge()).isZero();
            assertThat(store.find(kept.code())).isPresent();

            SubmissionRetention day91 = new SubmissionRetention(store, retention,
                    Clock.offset(Clock.systemUTC(), Duration.ofDays(91)));
            assertThat(day91.purge()).isEqualTo(1);
            assertThat(store.find(kept.code())).isEmpty();
        }
    }
}
