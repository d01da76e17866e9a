package cn.hubei.yishi.advisor.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "I am ready to apply" pressed twice, or the form sent again, gives the code of the first press: the
 * checklist's form carries a token of its own. Another rendering of the checklist is another submission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.watch-rules=false")
class OneCodePerSubmissionTest {

    private static final String ANSWERS = "a.has-business-licence=false&a.business-form=company"
            + "&a.catering-residential-floor=false&a.food-shop-sign=false&a.catering-sewer=false&a.by-agent=false"
            + "&a.food-conditions-ready=true&a.name-declared=true&a.tax-needs-invoice=true&have=id-card";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theSameFormSentTwiceGivesOneCode() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        String token = token(http);
        String first = submit(http, token);
        String again = submit(http, token);
        assertThat(again).isEqualTo(first);

        // Two presses at the same moment.
        String other = token(http);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> presses = List.of(() -> submit(http, other), () -> submit(http, other));
            List<String> codes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(presses)) {
                codes.add(f.get());
            }
            assertThat(codes.get(0)).isEqualTo(codes.get(1)).isNotEqualTo(first);
        } finally {
            pool.shutdown();
        }
        // A new visit to the checklist is a new submission.
        assertThat(submit(http, token(http))).isNotEqualTo(first);
    }

    @Test
    void aTokenSentWithOtherAnswersDoesNotReturnSomeoneElsesCode() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        String token = token(http);
        String first = submit(http, token);
        HttpResponse<String> changed = post(http, ANSWERS.replace("&have=id-card", "") + "&token=" + token);
        assertThat(code(changed)).isNotEqualTo(first);
    }

    private static String token(HttpTestClient http) throws Exception {
        HttpResponse<String> checklist = http.get("/themes/tm-restaurant/checklist?" + ANSWERS);
        Matcher m = TOKEN.matcher(checklist.body());
        assertThat(m.find()).as("the checklist's form carries a token").isTrue();
        return m.group(1);
    }

    private static String submit(HttpTestClient http, String token) throws Exception {
        return code(post(http, ANSWERS + "&token=" + token));
    }

    private static HttpResponse<String> post(HttpTestClient http, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri("/themes/tm-restaurant/submit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String code(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
