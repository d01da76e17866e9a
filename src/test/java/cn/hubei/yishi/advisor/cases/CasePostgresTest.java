package cn.hubei.yishi.advisor.cases;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same tests on PostgreSQL when one answers on 127.0.0.1:5432 (trust auth, database test), in a
 * schema of their own that is dropped afterwards.
 */
class CasePostgresTest extends CaseContract {

    private final String schema = "advisor_cases_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Override
    ConfigurableApplicationContext start() {
        Assumptions.assumeTrue(reachable(), "no PostgreSQL on 127.0.0.1:5432: PostgreSQL case tests skipped");
        return new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo")
                .run("--server.port=0", "--advisor.watch-rules=false",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                        "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.create-schemas=true");
    }

    @Override
    void cleanUp() {
        app.getBean(JdbcClient.class).sql("DROP SCHEMA " + schema + " CASCADE").update();
    }

    private static boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
