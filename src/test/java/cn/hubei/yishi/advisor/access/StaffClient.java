package cn.hubei.yishi.advisor.access;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the test server from one client address (10.0.0.1, 10.0.0.2, …, told to the server the
 * way a reverse proxy does, in X-Forwarded-For), with a cookie jar like a browser's for pages and
 * form login, and without cookies for HTTP Basic calls, as a script makes them.
 */
final class StaffClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final HttpClient script = HttpClient.newHttpClient();
    private final String address;
    private final int port;

    StaffClient(String address, int port) {
        this.address = address;
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address);
    }

    /** With the session cookie, if there is one. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** The session's CSRF token, as a page hands it to its forms. */
    String csrfToken(String page) throws Exception {
        String html = get(page).body();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + ": " + html);
        }
        return m.group(1);
    }

    /** Logs in through the form, as a browser does; answers the redirect that follows. */
    HttpResponse<String> formLogin(String name, String password) throws Exception {
        String token = csrfToken("/login");
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A redirect followed: the page the user sees next. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return send(HttpRequest.newBuilder(redirect.uri().resolve(location)).header("X-Forwarded-For", address)
                .header("Accept", "text/html").GET());
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An API call with HTTP Basic and no cookies, as a script makes it. */
    HttpResponse<String> basic(String method, String path, String name, String password) throws Exception {
        return script.send(request(path).header("Authorization", basic(name, password))
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request without cookies. */
    HttpResponse<String> sendWithoutCookies(HttpRequest.Builder request) throws Exception {
        return script.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
