package cn.hubei.yishi.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The doors of a staff session: a cross-site post with a policy officer's session cookie changes
 * nothing (CSRF token needed on the API too), while a script's HTTP Basic call needs none; the cookie
 * is SameSite=Lax and HttpOnly; the rules status is for policy staff and names no server path; every
 * response carries a Content-Security-Policy allowing only the site's own scripts and styles.
 */
class StaffSessionTest extends StaffServer {

    @Test
    void aPostWithTheSessionCookieButNoTokenReloadsNothing() throws Exception {
        StaffClient officer = new StaffClient("10.0.1.1", port);
        HttpResponse<String> login = officer.formLogin("policy", POLICY_PASSWORD);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/rules/status");
        String before = status(officer);

        // what a foreign page's form would send: the cookie, no token
        HttpResponse<String> forged = officer.send(officer.request("/api/rules/reload")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(status(officer)).isEqualTo(before);

        // the same with the session's token (as the status page hands it out) reloads
        String token = officer.csrfToken("/rules/status");
        HttpResponse<String> reload = officer.send(officer.request("/api/rules/reload")
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(status(officer)).isNotEqualTo(before).contains("\"trigger\":\"手动重新加载\"");
    }

    @Test
    void aScriptWithHttpBasicNeedsNoTokenButABrowserMarkingItCrossSiteDoes() throws Exception {
        StaffClient script = new StaffClient("10.0.1.2", port);
        assertThat(script.basic("POST", "/api/rules/reload", "policy", POLICY_PASSWORD)
                .statusCode()).isEqualTo(200);
        // a browser replaying cached Basic credentials from another site's form
        HttpResponse<String> crossSite = script.sendWithoutCookies(script.request("/api/rules/reload")
                .header("Authorization", StaffClient.basic("policy", POLICY_PASSWORD))
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        // anonymous calls are still told to log in, and an applicant's evaluation needs no token
        assertThat(script.basic("POST", "/api/rules/reload", "policy", "wrong-password")
                .statusCode()).isEqualTo(401);
        HttpResponse<String> evaluate = script.sendWithoutCookies(script.request(
                "/api/themes/tm-children-playground/evaluate").header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString("{\"answers\": {}}")));
        assertThat(evaluate.statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() throws Exception {
        StaffClient browser = new StaffClient("10.0.1.3", port);
        HttpResponse<String> page = browser.get("/login");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void theRulesStatusIsForPolicyStaffAndShowsNoServerPath() throws Exception {
        StaffClient anyone = new StaffClient("10.0.1.4", port);
        assertThat(anyone.basic("GET", "/api/rules/status", "clerk", CLERK_PASSWORD)
                .statusCode()).isEqualTo(403);
        assertThat(anyone.sendWithoutCookies(anyone.request("/api/rules/status").GET()).statusCode()).isEqualTo(401);
        HttpResponse<String> page = anyone.get("/rules/status");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        String json = anyone.basic("GET", "/api/rules/status", "policy", POLICY_PASSWORD).body();
        assertThat(json).contains("\"rulesDir\":\"rules\"").doesNotContain("access-test").doesNotContain("/tmp");
        anyone.formLogin("policy", POLICY_PASSWORD);
        String html = anyone.get("/rules/status").body();
        assertThat(html).contains("规则目录 <code>rules</code>").doesNotContain("access-test");
    }

    @Test
    void everyResponseAllowsOnlyTheSitesOwnScriptsAndStyles() throws Exception {
        StaffClient anyone = new StaffClient("10.0.1.5", port);
        for (String path : List.of("/", "/login", "/themes/tm-children-playground", "/api/themes", "/css/site.css",
                "/no-such-page")) {
            HttpResponse<String> r = anyone.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'")
                            .contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline"));
        }
        for (String path : List.of("/", "/login", "/themes/tm-children-playground",
                "/themes/tm-children-playground/checklist")) {
            String html = anyone.get(path).body();
            assertThat(html).as(path).doesNotContain("<style").doesNotContain("onclick=").doesNotContain(" style=")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        }
    }

    private String status(StaffClient session) throws Exception {
        return session.send(session.request("/api/rules/status").GET()).body();
    }
}
