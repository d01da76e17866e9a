package cn.hubei.yishi.advisor.web;

import cn.hubei.yishi.advisor.advice.InvalidInputException;
import cn.hubei.yishi.advisor.precheck.PrecheckCodes;
import cn.hubei.yishi.advisor.precheck.RateLimitedException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** People reading pages get a page, in Chinese, not the API's problem+json: for every error. */
@ControllerAdvice(basePackageClasses = {PageErrors.class, PrecheckCodes.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView statusPage(ResponseStatusException e) {
        return page(e.getStatusCode().value(), e.getReason());
    }

    /** The query or form could not be read (a malformed escape, not UTF-8, too many parameters, too large). */
    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView unreadable(InvalidParameterException e) {
        return e.getErrorCode() == 413 ? page(413, "表单内容过大，不能超过 256 KB")
                : page(400, ContainerErrors.BAD_PARAMETERS);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView mismatch(TypeMismatchException e) {
        return page(400, "网址中的参数格式不对，请检查网址");
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return page(400, e.getMessage());
    }

    @ExceptionHandler(RateLimitedException.class)
    ModelAndView tooMany(RateLimitedException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return page(429, e.getMessage() + "（约 " + e.retryAfterSeconds() + " 秒后可再试）");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception e) {
        if (e instanceof ErrorResponse known) {
            // Spring's own: no such page, wrong method, missing parameter.
            int status = known.getStatusCode().value();
            return page(status, ErrorReplies.detail(status));
        }
        log.error("页面请求处理失败", e);
        return page(500, ErrorReplies.detail(500));
    }

    private static ModelAndView page(int status, String reason) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("reason", reason);
        return page;
    }
}
