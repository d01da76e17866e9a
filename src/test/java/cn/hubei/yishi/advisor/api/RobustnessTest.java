package cn.hubei.yishi.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A broken rule file, a rule that throws and a rule that loops each fail only themselves;
 * oversized bodies are refused. Runs a real server over test rules in src/test/resources/faulty-rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.rules-dir=src/test/resources/faulty-rules", "advisor.max-firings=500"})
class RobustnessTest {

    @LocalServerPort
    int port;

    @Test
    void aThemeWithASyntaxErrorIsNotServedButTheOthersAre() throws Exception {
        assertThat(get("/api/themes").body()).contains("test-good").doesNotContain("test-broken");
        assertThat(get("/api/themes/test-broken").statusCode()).isEqualTo(404);
        assertThat(post("/api/themes/test-good/evaluate", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void aRuleThatThrowsFailsThatRequestWith500NamingTheRule() throws Exception {
        HttpResponse<String> r = post("/api/themes/test-throws/evaluate", "{}");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(r.body()).contains("会抛出异常的规则");
        assertThat(post("/api/themes/test-good/evaluate", "{}").body()).contains("\"applies\":true");
    }

    @Test
    void aRuleThatLoopsIsStoppedAtTheCap() throws Exception {
        HttpResponse<String> r = post("/api/themes/test-loops/evaluate", "{}");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("无限循环的规则").contains("上限");
        assertThat(post("/api/themes/test-good/evaluate", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOver256KbIs413() throws Exception {
        String big = "{\"answers\": {}, \"pad\": \"" + "x".repeat(300 * 1024) + "\"}";
        HttpResponse<String> declared = post("/api/themes/test-good/evaluate", big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("256 KB");

        // Streamed without a declared length: refused once the limit is passed.
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpTestClient client = new HttpTestClient(port);
        HttpRequest chunked = HttpRequest.newBuilder(client.uri("/api/themes/test-good/evaluate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        HttpResponse<String> streamed = client.send(chunked);
        assertThat(streamed.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new HttpTestClient(port).get(path);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return new HttpTestClient(port).post(path, json);
    }
}
