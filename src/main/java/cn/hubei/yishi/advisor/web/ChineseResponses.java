package cn.hubei.yishi.advisor.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Everything this service says is Chinese, whatever language the browser prefers: every response
 * carries {@code Content-Language: zh-CN} (Spring would otherwise echo the request's Accept-Language,
 * so a browser set to English was told the pages were English).
 */
@Configuration(proxyBeanMethods = false)
class ChineseResponses {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Views render with this locale, and Spring sets the response's language from it. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(CHINESE);
    }

    /** For what renders no view: the API, static files, errors written by filters and the container. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> contentLanguage() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setLocale(CHINESE);
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        // After the character encoding filter (which fixes UTF-8), before everything that may answer.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
