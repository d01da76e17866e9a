package cn.hubei.yishi.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Someone reading pages who mistypes an address or sends what cannot be read gets a Chinese page, as a
 * browser asks for it, never the API's JSON; the API keeps answering problem+json. Every response says
 * its language is Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.watch-rules=false", "advisor.demo=true"})
@ActiveProfiles("demo")
class PageErrorsTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CLERK = "Basic " + Base64.getEncoder()
            .encodeToString("clerk:clerk-demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/no-such-page, 404",
            "/themes/no-such-theme, 404",
            "/themes/no-such-theme/checklist, 404",
            "/themes/tm-restaurant/no-such-page, 404",
            "/precheck/ZZZZ-ZZZZ, 404",
            "/css/no-such.css, 404",
            "/cases/no-such-case, 400",
            "/cases/99999999, 404",
            "/cases/99999999/notice, 404",
    })
    void aPageErrorIsAChinesePage(String path, int status) throws Exception {
        HttpResponse<String> r = get(path, BROWSER_ACCEPT, path.startsWith("/cases"));
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"zh-CN\"").doesNotContain("\"status\"");
        assertThat(r.body().replaceAll("<[^>]+>", "")).contains("错误代码 " + status);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("zh-CN");
    }

    @Test
    void aWrongMethodOnAPageIsAChinesePage() throws Exception {
        HttpResponse<String> r = new HttpTestClient(port).send(HttpRequest.newBuilder(new HttpTestClient(port)
                .uri("/themes/tm-restaurant")).header("Accept", BROWSER_ACCEPT).DELETE().build());
        assertThat(r.statusCode()).isIn(403, 405);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("错误代码");
    }

    @Test
    void theApiStillAnswersProblemJson() throws Exception {
        HttpResponse<String> r = get("/api/themes/no-such-theme", "application/json", false);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> none = get("/api/no-such-endpoint", "*/*", false);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(none.headers().firstValue("Content-Language")).hasValue("zh-CN");
    }

    @Test
    void pagesSayTheyAreChinese() throws Exception {
        for (String path : new String[] {"/", "/themes/tm-restaurant", "/themes/tm-restaurant/checklist", "/login"}) {
            HttpResponse<String> r = get(path, BROWSER_ACCEPT, false);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Language")).as(path).hasValue("zh-CN");
        }
    }

    private HttpResponse<String> get(String path, String accept, boolean clerk) throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path)).header("Accept", accept)
                .header("Accept-Language", "en-US,en;q=0.9").GET();
        if (clerk) {
            b.header("Authorization", CLERK);
        }
        return http.send(b.build());
    }
}
