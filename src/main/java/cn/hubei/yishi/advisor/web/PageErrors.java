package cn.hubei.yishi.advisor.web;

import cn.hubei.yishi.advisor.precheck.PrecheckCodes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** People reading pages get a page, in Chinese, not the API's problem+json. */
@ControllerAdvice(basePackageClasses = {PageErrors.class, PrecheckCodes.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView statusPage(ResponseStatusException e) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(e.getStatusCode());
        page.addObject("status", e.getStatusCode().value());
        page.addObject("reason", e.getReason());
        return page;
    }
}
