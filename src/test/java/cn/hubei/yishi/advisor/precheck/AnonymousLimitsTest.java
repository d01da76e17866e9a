package cn.hubei.yishi.advisor.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import cn.hubei.yishi.advisor.testing.RawHttp;
import cn.hubei.yishi.advisor.testing.RawHttp.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an anonymous client can no longer do to the pre-check store: hand in bodies past the limit, chunked or not,
 * or thousands of parameters; submit or look up codes without end. Each refusal is a Chinese 4xx and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advisor.rate-limit.submissions-per-window=3", "advisor.rate-limit.lookups-per-window=4",
        "advisor.watch-rules=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnonymousLimitsTest {

    private static final String SUBMIT = "/themes/tm-children-playground/submit";
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private int submissions() {
        return jdbc.queryForObject("select count(*) from submission", Integer.class);
    }

    private Response post(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, "POST " + SUBMIT + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + FORM + "\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes);
    }

    @Test
    @Order(1)
    void chunkedFormBodiesPastTheLimitAreRefusedAndStoreNothing() throws Exception {
        int before = submissions();
        for (int kb : new int[] {300, 1900, 2500}) {
            byte[] body = ("a.has-business-licence=true&pad=" + "x".repeat(kb * 1024)).getBytes(StandardCharsets.UTF_8);
            Response r = RawHttp.postChunked(port, SUBMIT, FORM, body);
            assertThat(r.status()).as(kb + " KB: " + r.body()).isEqualTo(413);
            assertThat(r.isChinese()).as(r.body()).isTrue();
        }
        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void thousandsOfParametersAreA400() throws Exception {
        int before = submissions();
        StringBuilder body = new StringBuilder("a.has-business-licence=true");
        for (int i = 0; i < 1500; i++) {
            body.append("&p").append(i).append("=1");
        }
        Response r = post(body.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isChinese()).as(r.body()).isTrue();
        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void submissionsPastTheLimitGet429WithRetryAfter() throws Exception {
        int before = submissions();
        Response last = null;
        for (int i = 0; i < 3; i++) {
            last = post("a.has-business-licence=true");
            assertThat(last.status()).as(last.body()).isEqualTo(302);
        }
        String code = last.header("Location").substring(last.header("Location").lastIndexOf('/') + 1);
        Response refused = post("a.has-business-licence=true");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.isChinese()).as(refused.body()).isTrue();
        assertThat(submissions()).isEqualTo(before + 3);

        // Look-ups have their own budget: four, then 429, whether the code exists or is guessed.
        for (int i = 0; i < 4; i++) {
            String target = "/precheck/" + (i % 2 == 0 ? code : "ZZZZ-ZZZ" + i);
            assertThat(RawHttp.get(port, target).status()).as(target).isIn(200, 404);
        }
        Response guessed = RawHttp.get(port, "/precheck/ZZZZ-ZZZZ");
        assertThat(guessed.status()).isEqualTo(429);
        assertThat(guessed.header("Retry-After")).isNotBlank();
        assertThat(guessed.isChinese()).as(guessed.body()).isTrue();
    }
}
