package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Cases hold personal data: only window clerks reach them, and logs never carry a whole ID number. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"advisor.watch-rules=false", "advisor.demo=true"})
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class CaseAccessTest {

    @LocalServerPort
    int port;

    @Test
    void anonymousVisitorsAreAskedToLogInAndPolicyStaffAreRefused() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        assertThat(send(http, "GET", "/api/cases", null).statusCode()).isEqualTo(401);
        assertThat(send(http, "POST", "/api/cases", null).statusCode()).isIn(401, 403);
        HttpResponse<String> page = send(http, "GET", "/cases", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(send(http, "GET", "/cases/1/notice", null).statusCode()).isEqualTo(302);

        assertThat(send(http, "GET", "/api/cases", "policy:policy-demo").statusCode()).isEqualTo(403);
        assertThat(send(http, "GET", "/cases", "policy:policy-demo").statusCode()).isEqualTo(403);
        assertThat(send(http, "GET", "/api/cases", "clerk:wrong").statusCode()).isEqualTo(401);
        assertThat(send(http, "GET", "/api/cases", "clerk:clerk-demo").statusCode()).isEqualTo(200);
        // and the other way round: a clerk cannot publish rules
        assertThat(send(http, "POST", "/api/rules/reload", "clerk:clerk-demo").statusCode()).isEqualTo(403);
    }

    @Test
    void theLogShowsTheIdNumberMasked(CapturedOutput output) throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        String id = IdNumbers.valid("19851231", 7);
        HttpResponse<String> opened = send(http, "POST", "/api/cases", "clerk:clerk-demo",
                "{\"themeId\": \"tm-restaurant\", \"applicant\": {\"name\": \"钱七\", \"idNumber\": \"" + id
                        + "\", \"phone\": \"13800001111\"}}");
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(output.getAll()).contains("钱七, " + Applicant.mask(id)).doesNotContain(id);
    }

    private static HttpResponse<String> send(HttpTestClient http, String method, String path, String credentials)
            throws Exception {
        return send(http, method, path, credentials, null);
    }

    private static HttpResponse<String> send(HttpTestClient http, String method, String path, String credentials,
            String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (path.startsWith("/api/")) {
            b.header("Content-Type", "application/json");
        } else {
            b.header("Accept", "text/html");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build());
    }
}
