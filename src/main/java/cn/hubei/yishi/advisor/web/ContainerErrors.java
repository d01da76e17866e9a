package cn.hubei.yishi.advisor.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the container and the security firewall refuse before any controller runs is answered in
 * Chinese too: Tomcat's error report (over-long header or query, an encoded "/" in the path), Spring
 * Security's firewall ("..", NUL, "\" in the path) and {@code /error} itself, opened directly or
 * reached from a filter's exception. Tomcat also reads form bodies up to the same limit as
 * {@link cn.hubei.yishi.advisor.api} bodies, so a chunked form cannot pass it.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    ChineseTomcat chineseContainerErrors(@Value("${advisor.max-body-bytes:262144}") int maxBodyBytes) {
        return new ChineseTomcat(maxBodyBytes);
    }

    /** Runs after Boot's own customizer, which installs the English error report valve: replaces it. */
    static final class ChineseTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        private final int maxBodyBytes;

        ChineseTomcat(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                for (Valve v : context.getParent().getPipeline().getValves()) {
                    if (v instanceof ErrorReportValve) {
                        context.getParent().getPipeline().removeValve(v);
                    }
                }
                context.getParent().getPipeline().addValve(new ChineseErrorReport());
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(""); // or the host adds its own English one at start
                }
            });
            factory.addConnectorCustomizers(connector -> connector.setMaxPostSize(maxBodyBytes));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    RequestRejectedHandler chineseRequestRejected() {
        return (request, response, e) -> ErrorReplies.write(request, response, 400, "请求有误",
                "网址中含有不允许的字符（如 ..、%2F、%00 或反斜杠），请检查网址", null);
    }

    /** Tomcat's last word, for errors no servlet saw: the same status, said in Chinese. */
    static final class ChineseErrorReport extends ErrorReportValve {
        ChineseErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String path = request.getDecodedRequestURI();
            String accept;
            try {
                accept = request.getHeader("Accept");
            } catch (RuntimeException unreadable) {
                accept = null;
            }
            try {
                response.setSuspended(false);
                ErrorReplies.write(response, ErrorReplies.wantsJson(path, accept), null, status,
                        ErrorReplies.title(status), ErrorReplies.detail(status), null);
            } catch (IOException | IllegalStateException e) {
                // The client has gone, or the response cannot be written any more: nothing to tell.
            }
        }
    }

    /** {@code /error}: where Tomcat forwards a failed request, and what someone typing the address gets. */
    @RestController
    static class ErrorEndpoint implements ErrorController {

        @RequestMapping("${server.error.path:/error}")
        void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            Throwable e = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            int status = code instanceof Integer i ? i : 404;
            String detail = code == null ? "没有这个页面或接口，请检查网址" : ErrorReplies.detail(status);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidParameterException bad) {
                    status = bad.getErrorCode() > 0 ? bad.getErrorCode() : 400;
                    detail = status == 413 ? "表单内容过大，不能超过 256 KB" : BAD_PARAMETERS;
                    break;
                }
                if (t instanceof RequestRejectedException) {
                    status = 400;
                    detail = "网址中含有不允许的字符，请检查网址";
                    break;
                }
            }
            String path = uri instanceof String s ? s : request.getRequestURI();
            ErrorReplies.write(response, ErrorReplies.wantsJson(path, request.getHeader("Accept")), path, status,
                    ErrorReplies.title(status), detail, null);
        }
    }

    static final String BAD_PARAMETERS = "网址或表单中的参数无法读取：含有无效的 % 编码或非 UTF-8 字符，或参数超过 1000 个";
}
