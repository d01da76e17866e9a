package cn.hubei.yishi.advisor.cases;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Cases on the default embedded H2 file database. */
class CaseH2Test extends CaseContract {

    @Override
    ConfigurableApplicationContext start() {
        try {
            Path data = Files.createTempDirectory("cases-h2");
            return new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo")
                    .run("--server.port=0", "--advisor.data-dir=" + data, "--advisor.watch-rules=false", "--advisor.demo=true");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
