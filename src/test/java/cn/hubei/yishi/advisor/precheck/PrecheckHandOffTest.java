package cn.hubei.yishi.advisor.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import cn.hubei.yishi.advisor.AdvisorApplication;
import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** "I am ready to apply" gives a code that opens the submission, also after the server restarts. */
class PrecheckHandOffTest {

    private static final String FORM = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true&have=id-card";

    @Test
    void theCodeOpensTheSubmissionAfterARestart() throws Exception {
        Path data = Files.createTempDirectory("precheck-data");
        String code;
        try (ConfigurableApplicationContext server = start(data)) {
            HttpTestClient http = new HttpTestClient(port(server));
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(http.uri("/themes/tm-restaurant/submit"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FORM)).build());
            assertThat(submitted.statusCode()).isEqualTo(302);
            String location = submitted.headers().firstValue("Location").orElseThrow();
            code = location.substring(location.lastIndexOf('/') + 1);
            assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        }
        try (ConfigurableApplicationContext server = start(data)) {
            HttpTestClient http = new HttpTestClient(port(server));
            HttpResponse<String> page = http.get("/precheck/" + code.toLowerCase().replace("-", ""));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(code).contains("我要开饭店")
                    .contains("/themes/tm-restaurant/checklist?a.has-business-licence=false").contains("have=id-card");
            assertThat(http.get("/precheck/ZZZZ-ZZZZ").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void codesAreRandomAndUseOnlyUnambiguousCharacters() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = PrecheckCodes.next();
            assertThat(code).doesNotContainPattern("[01ILOU]");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        assertThat(PrecheckCodes.normalize(" ab3c-d4ef ")).isEqualTo("AB3C-D4EF");
    }

    private static ConfigurableApplicationContext start(Path data) {
        // Command-line arguments: they take precedence over application.properties.
        return new SpringApplicationBuilder(AdvisorApplication.class)
                .run("--server.port=0", "--advisor.data-dir=" + data, "--advisor.watch-rules=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
