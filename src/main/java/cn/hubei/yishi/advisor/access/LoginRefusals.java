package cn.hubei.yishi.advisor.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a refused login is answered: on the API (HTTP Basic) 429 or 503 with {@code Retry-After} and a
 * Chinese problem+json; on the login form the login page again with the reason.
 */
final class LoginRefusals {

    private LoginRefusals() {
    }

    /** HTTP Basic: a refused login as problem+json, any other failure as the usual 401 challenge. */
    static AuthenticationEntryPoint api(JsonMapper json) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("advisor");
        return (request, response, e) -> {
            if (e instanceof LoginRefused refused) {
                int status = refused.isBusy() ? 503 : 429;
                response.setStatus(status);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "about:blank");
                body.put("title", refused.isBusy() ? "服务器繁忙" : "登录尝试过多");
                body.put("status", status);
                body.put("detail", refused.getMessage());
                body.put("instance", request.getRequestURI());
                json.writeValue(response.getOutputStream(), body);
            } else {
                challenge.commence(request, response, e);
            }
        };
    }

    /** The login form: back to the login page, saying why. */
    static AuthenticationFailureHandler form() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return new AuthenticationFailureHandler() {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException e) throws IOException, ServletException {
                if (e instanceof LoginRefused refused) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
                    response.sendRedirect(request.getContextPath()
                            + (refused.isBusy() ? "/login?busy" : "/login?wait=" + refused.retryAfterSeconds()));
                } else {
                    wrong.onAuthenticationFailure(request, response, e);
                }
            }
        };
    }
}
