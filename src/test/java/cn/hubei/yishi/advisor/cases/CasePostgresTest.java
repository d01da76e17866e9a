package cn.hubei.yishi.advisor.cases;

import cn.hubei.yishi.advisor.AdvisorApplication;
import cn.hubei.yishi.advisor.testing.Postgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same tests on PostgreSQL when one answers, in a schema of their own that is dropped afterwards. */
class CasePostgresTest extends CaseContract {

    private final String schema = Postgres.newSchema("advisor_cases_");

    @Override
    ConfigurableApplicationContext start() {
        Postgres.assumeReachable();
        return new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo").properties("advisor.demo=true").run(Postgres.serverArgs(schema));
    }

    @Override
    void cleanUp() {
        app.getBean(JdbcClient.class).sql("DROP SCHEMA " + schema + " CASCADE").update();
    }
}
