package cn.hubei.yishi.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hubei.yishi.advisor.testing.Fixtures;
import cn.hubei.yishi.advisor.testing.HttpTestClient;
import cn.hubei.yishi.advisor.testing.RawHttp;
import cn.hubei.yishi.advisor.testing.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input no form would send, over a real server and the frozen fixture rules: each is refused with a 4xx in
 * Chinese, as problem+json for the API and as the error page for pages, never with a 500 or the
 * container's English page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Fixtures.RULES_DIR_PROPERTY, Fixtures.SAMPLES_DIR_PROPERTY, "advisor.watch-rules=false"})
class EdgeInputTest {

    private static final String PLAYGROUND = "/api/themes/tm-children-playground";

    @LocalServerPort
    int port;

    @Test
    void aMalformedEscapeInTheSearchIsA400NamingQ() throws Exception {
        for (String q : new String[] {"%ZZ", "%C0%AF", "%E4%B8"}) {
            Response api = RawHttp.get(port, "/api/themes?q=" + q, "Accept: application/json");
            assertThat(api.status()).as(q).isEqualTo(400);
            assertThat(api.isProblemJson()).as(q).isTrue();
            assertThat(api.isChinese()).as(q).isTrue();
            assertThat(api.body()).contains("\"field\":\"q\"");

            Response page = RawHttp.get(port, "/?q=" + q, "Accept: text/html");
            assertThat(page.status()).as(q).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.isChinese()).as(q).isTrue();
        }
    }

    @Test
    void hugeNumbersInTheApiAre400NamingTheAnswer() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        for (String n : new String[] {"1e400", "1e999999999", "9".repeat(5000), "-1e400"}) {
            var r = http.post(PLAYGROUND + "/evaluate", "{\"answers\": {\"ride-count\": " + n + "}}");
            assertThat(r.statusCode()).as(n.substring(0, Math.min(12, n.length()))).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
            assertThat(r.body()).containsPattern("[\\u4e00-\\u9fff]");
            // Past Jackson's 1,000-digit limit the number is not read at all: the body is named instead.
            assertThat(r.body()).contains(n.length() > 1000 ? "\"field\":\"(body)\"" : "answers.ride-count");
        }
    }

    @Test
    void hugeNumbersOnTheThemePageAreShownBesideTheField() throws Exception {
        for (String n : new String[] {"1e400", "1e999999999", "9".repeat(5000)}) {
            Response page = RawHttp.get(port, "/themes/tm-children-playground?a.ride-count=" + n, "Accept: text/html");
            assertThat(page.status()).as(n.substring(0, Math.min(12, n.length()))).isLessThan(500);
            assertThat(page.body()).contains("id=\"error-ride-count\"");
        }
    }

    @Test
    void theErrorPathOpenedDirectlyIsAChinesePage() throws Exception {
        Response page = RawHttp.get(port, "/error", "Accept: text/html");
        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.isChinese()).isTrue();
        Response api = RawHttp.get(port, "/error", "Accept: application/json");
        assertThat(api.status()).isBetween(400, 499);
        assertThat(api.isChinese()).isTrue();
    }

    @Test
    void aPathTraversalInAThemeIdIsAChinese4xx() throws Exception {
        for (String path : new String[] {"/api/themes/..%2F..%2Fetc", "/api/themes/%2e%2e", "/api/themes/%2e%2e/evaluate",
                "/api/themes/a%00b", "/api/themes/a%5Cb"}) {
            Response api = RawHttp.get(port, path, "Accept: application/json");
            assertThat(api.status()).as(path).isBetween(400, 499);
            assertThat(api.isChinese()).as(path + ": " + api.body()).isTrue();
            assertThat(api.isProblemJson()).as(path).isTrue();
        }
        Response page = RawHttp.get(port, "/themes/..%2F..%2Fetc", "Accept: text/html");
        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.isChinese()).as(page.body()).isTrue();
    }

    @Test
    void anOverlongQueryOrHeaderIsRefusedInChinese() throws Exception {
        // 7 KB fits the 8 KB request line and header limit: answered, never with the container's page.
        Response query = RawHttp.get(port, "/api/themes?q=" + "a".repeat(7 * 1024), "Accept: application/json");
        assertThat(query.status()).isLessThan(500);
        assertThat(query.body()).doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
        Response longer = RawHttp.get(port, "/api/themes?q=" + "a".repeat(9 * 1024), "Accept: application/json");
        assertThat(longer.status()).isBetween(400, 499);
        assertThat(longer.isChinese()).as(longer.body()).isTrue();

        Response header = RawHttp.get(port, "/api/themes", "Accept: application/json", "X-Padding: " + "b".repeat(20 * 1024));
        assertThat(header.status()).isBetween(400, 499);
        assertThat(header.isChinese()).as(header.body()).isTrue();
    }

    @Test
    void aDuplicateKeyInJsonIsRefusedNamingTheKey() throws Exception {
        var r = new HttpTestClient(port).post(PLAYGROUND + "/evaluate",
                "{\"answers\": {\"ride-count\": 1, \"ride-count\": 2}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ride-count").contains("重复");
    }
}
