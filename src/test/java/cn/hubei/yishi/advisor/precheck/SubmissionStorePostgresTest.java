package cn.hubei.yishi.advisor.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hubei.yishi.advisor.AdvisorApplication;
import cn.hubei.yishi.advisor.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same store on PostgreSQL (the Flyway migration and the queries), when one is reachable on
 * 127.0.0.1:5432 (trust auth, database test); it works in a schema of its own and drops it.
 */
class SubmissionStorePostgresTest {

    @Test
    void storesAndFindsOnPostgres() {
        Postgres.assumeReachable();
        String schema = Postgres.newSchema("advisor_it_");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvisorApplication.class)
                .run(Postgres.serverArgs(schema))) {
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
            SubmissionStore store = app.getBean(SubmissionStore.class);
            Submission stored = store.store("tm-restaurant", "a.has-business-licence=true&have=id-card", "abc123");
            Submission found = store.find(stored.code().toLowerCase()).orElseThrow();
            assertThat(found.themeId()).isEqualTo("tm-restaurant");
            assertThat(found.answersQuery()).isEqualTo("a.has-business-licence=true&have=id-card");
            assertThat(found.createdAt().toEpochMilli()).isEqualTo(stored.createdAt().toEpochMilli());
            // One form token, one code: also when both presses race (the loser's insert is refused).
            String token = SubmissionStore.newToken();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Callable<String> press = () -> store.store("tm-restaurant", "a.x=1", "abc123", token).code();
                var codes = pool.invokeAll(java.util.List.of(press, press));
                assertThat(codes.get(0).get()).isEqualTo(codes.get(1).get())
                        .isEqualTo(store.store("tm-restaurant", "a.x=1", "abc123", token).code());
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdown();
            }
            app.getBean(JdbcClient.class).sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }
}
