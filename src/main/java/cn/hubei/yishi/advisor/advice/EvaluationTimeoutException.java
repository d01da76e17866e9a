package cn.hubei.yishi.advisor.advice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** One evaluation ran past its deadline: it was halted, and only this request fails (503 on pages too). */
@ResponseStatus(code = HttpStatus.SERVICE_UNAVAILABLE, reason = "规则计算超时，请稍后再试")
public final class EvaluationTimeoutException extends RuntimeException {

    private final String rule;

    public EvaluationTimeoutException(String rule) {
        super("规则计算超时" + (rule == null ? "" : "，最后执行的规则是「" + rule + "」"));
        this.rule = rule;
    }

    /** The last rule that fired before the deadline, or null. */
    public String rule() {
        return rule;
    }
}
