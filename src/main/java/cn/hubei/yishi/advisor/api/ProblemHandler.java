package cn.hubei.yishi.advisor.api;

import java.net.URI;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.InvalidInputException;
import cn.hubei.yishi.advisor.advice.EvaluationTimeoutException;
import cn.hubei.yishi.advisor.advice.RuleExecutionException;
import cn.hubei.yishi.advisor.cases.CaseConflictException;
import cn.hubei.yishi.advisor.cases.CaseNotFoundException;
import cn.hubei.yishi.advisor.cases.CaseStateException;
import cn.hubei.yishi.advisor.precheck.RateLimitedException;
import cn.hubei.yishi.advisor.web.ErrorReplies;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error of the API as {@code application/problem+json}, in Chinese (and, to people reading pages,
 * as the Chinese error page), with the offending field in
 * {@code field} where there is one. Nothing is changed by a request that fails.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private static final Map<Integer, String> TITLES = Map.of(
            400, "请求有误",
            401, "请先登录",
            403, "没有权限",
            404, "未找到",
            405, "不支持该请求方法",
            406, "无法提供所要求的格式",
            413, "请求体过大",
            415, "不支持的内容类型，请使用 application/json",
            500, "服务器内部错误");

    @ExceptionHandler(ThemeNotFoundException.class)
    ResponseEntity<Object> themeNotFound(ThemeNotFoundException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "主题不存在", e.getMessage());
        p.setProperty("field", "id");
        p.setProperty("themeId", e.themeId());
        return respond(p);
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<Object> caseNotFound(CaseNotFoundException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "案件不存在", e.getMessage());
        p.setProperty("field", "id");
        return respond(p);
    }

    @ExceptionHandler(CaseConflictException.class)
    ResponseEntity<Object> caseConflict(CaseConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "案件已被他人修改", e.getMessage());
        p.setProperty("field", "version");
        return respond(p);
    }

    @ExceptionHandler(CaseStateException.class)
    ResponseEntity<Object> caseState(CaseStateException e) {
        return respond(problem(HttpStatus.CONFLICT, "案件当前状态不允许此操作", e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求内容有误：" + e.field(), e.getMessage());
        p.setProperty("field", e.field());
        return respond(p);
    }

    /** Tomcat could not read the query or form: a malformed escape, bytes that are not UTF-8, too many or too much. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(InvalidParameterException e, HttpServletRequest request) {
        if (e.getErrorCode() == 413) {
            return respond(BodySizeLimitFilter.tooLarge());
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求参数无法读取",
                "网址或表单中的参数无法读取：含有无效的 % 编码或非 UTF-8 字符，或参数超过 1000 个");
        String field = ErrorReplies.unreadableParameter(request.getQueryString());
        if (field != null) {
            p.setProperty("field", field);
        }
        return respond(p);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> rateLimited(RateLimitedException e) {
        return forPages(ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", e.getMessage())));
    }

    @ExceptionHandler(RuleExecutionException.class)
    ResponseEntity<Object> ruleFailed(RuleExecutionException e) {
        // The evaluator has logged the rule and the cause; the service goes on serving.
        ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR, "规则执行出错",
                e.getMessage() + "。本次评估未完成，请稍后再试或联系窗口工作人员。");
        p.setProperty("rule", e.ruleName());
        return respond(p);
    }

    @ExceptionHandler(EvaluationTimeoutException.class)
    ResponseEntity<Object> timedOut(EvaluationTimeoutException e) {
        // The evaluator has halted the session and logged the rule; only this request fails.
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "规则计算超时",
                e.getMessage() + "。本次评估未完成，请稍后再试；问题已记录，将由政策管理人员处理。");
        p.setProperty("rule", e.rule());
        return forPages(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimitFilter.isTooLarge(ex)) {
            ProblemDetail p = BodySizeLimitFilter.tooLarge();
            return forPages(ResponseEntity.status(413)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p));
        }
        ProblemDetail p = unreadableJson(ex);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A duplicate key (strict duplicate detection is on) or an over-long number, named; anything else in general. */
    private static ProblemDetail unreadableJson(HttpMessageNotReadableException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return body(problem(HttpStatus.BAD_REQUEST, "请求体超出限制",
                        "请求体中的数字或文字过长、或嵌套过深，无法读取（数字最多 1000 位）"));
            }
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate Object property")) {
                String key = read.getOriginalMessage().replaceFirst("^Duplicate Object property \"(.*)\"$", "$1");
                ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求体中有重复的键：" + key,
                        "JSON 对象中的键「" + key + "」出现了不止一次，请只保留一个");
                p.setProperty("field", key);
                return p;
            }
        }
        return body(problem(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON", "请求体无法解析为 JSON 对象，请检查括号、引号和逗号"));
    }

    private static ProblemDetail body(ProblemDetail p) {
        p.setProperty("field", "(body)");
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求内容有误：" + name, "「" + name + "」的格式不对"
                + (ex.getRequiredType() == long.class || ex.getRequiredType() == Long.class
                        ? "，应为整数（不超过 19 位）" : ""));
        p.setProperty("field", name);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "缺少参数：" + ex.getParameterName(),
                "请求缺少参数「" + ex.getParameterName() + "」");
        p.setProperty("field", ex.getParameterName());
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            // Spring's own errors (no such resource, wrong method, unsupported media type) carry their body.
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail p && TITLES.containsKey(statusCode.value())
                && (p.getTitle() == null || !containsChinese(p.getTitle()))) {
            p.setTitle(TITLES.get(statusCode.value()));
            p.setDetail(TITLES.get(statusCode.value()));
        }
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        return forPages(super.handleExceptionInternal(ex, body, headers, statusCode, request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "服务器处理请求时出错，请稍后再试"));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }

    private static ResponseEntity<Object> respond(ProblemDetail p) {
        return forPages(ResponseEntity.status(p.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p));
    }

    /**
     * Someone reading pages (not the API, not a client asking for JSON) gets the problem as the Chinese
     * error page: a mistyped address, a case number that is not a number, a page that failed.
     */
    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> forPages(ResponseEntity<?> reply) {
        if (reply == null || !(reply.getBody() instanceof ProblemDetail p)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return (ResponseEntity<Object>) reply;
        }
        HttpServletRequest request = attributes.getRequest();
        if (ErrorReplies.wantsJson(request.getRequestURI(), request.getHeader(HttpHeaders.ACCEPT))) {
            return (ResponseEntity<Object>) reply;
        }
        int status = reply.getStatusCode().value();
        String detail = p.getDetail() == null || p.getDetail().equals(p.getTitle()) || !containsChinese(p.getDetail())
                ? ErrorReplies.detail(status) : p.getDetail();
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(reply.getHeaders());
        headers.setContentType(new org.springframework.http.MediaType("text", "html",
                java.nio.charset.StandardCharsets.UTF_8));
        return new ResponseEntity<>(ErrorReplies.page(status, detail), headers, reply.getStatusCode());
    }

    private static boolean containsChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
