package cn.hubei.yishi.advisor.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The case contract with the JVM's default locale Turkish, where "i".toUpperCase() is "İ": identifiers
 * and case folding must not depend on it (a rule once set it, and every case query failed).
 */
class CaseTurkishLocaleTest extends CaseContract {

    private Locale before;

    @Override
    ConfigurableApplicationContext start() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            Path data = Files.createTempDirectory("cases-tr");
            return new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo")
                    .run("--server.port=0", "--advisor.data-dir=" + data, "--advisor.watch-rules=false");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void cleanUp() {
        Locale.setDefault(before);
    }
}
