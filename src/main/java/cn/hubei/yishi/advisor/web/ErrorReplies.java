package cn.hubei.yishi.advisor.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error written straight to the response, where no controller answers (a filter, the container's
 * error report, Spring Security's firewall): problem+json for the API, the Chinese error page for
 * people reading pages. Same shape as the API's other problems and as templates/error.html.
 */
public final class ErrorReplies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorReplies() {
    }

    /** Whoever asked is a program: the JSON API, or a client that asked for JSON and not for a page. */
    public static boolean wantsJson(String path, String accept) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
            return true;
        }
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The problem as the API shows it, {@code field} where one is named. */
    public static ProblemDetail problem(int status, String title, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail, String field) throws IOException {
        write(response, wantsJson(request.getRequestURI(), request.getHeader("Accept")), request.getRequestURI(),
                status, title, detail, field);
    }

    public static void write(HttpServletResponse response, boolean json, String path, int status, String title,
            String detail, String field) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        byte[] body;
        if (json) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "about:blank");
            p.put("title", title);
            p.put("status", status);
            p.put("detail", detail);
            if (path != null) {
                p.put("instance", path);
            }
            if (field != null) {
                p.put("field", field);
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
            body = JSON.writeValueAsBytes(p);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            body = page(status, detail).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        OutputStream out = response.getOutputStream();
        out.write(body);
        out.flush();
    }

    /**
     * The first parameter of a raw query string that cannot be read as UTF-8 (a malformed % escape, an
     * overlong or truncated sequence), for naming the field; null if all can be read.
     */
    public static String unreadableParameter(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            String readableName = decodeStrictly(name);
            if (readableName == null) {
                return "(query)";
            }
            if (decodeStrictly(value) == null) {
                return readableName;
            }
        }
        return null;
    }

    private static String decodeStrictly(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** What each status means to the one who sent the request. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "请先登录";
            case 403 -> "没有权限";
            case 404 -> "未找到";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所要求的格式";
            case 408 -> "请求超时";
            case 413 -> "请求体过大";
            case 414 -> "网址过长";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁";
            case 431 -> "请求头过大";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "服务器内部错误" : "请求有误";
        };
    }

    /** A sentence for a status when nothing more is known, e.g. for what the container refused itself. */
    public static String detail(int status) {
        return switch (status) {
            case 400 -> "请求无法识别：网址、请求头或参数的格式有误，或超过了长度限制";
            case 404 -> "没有这个页面或接口，请检查网址";
            case 405 -> "该地址不支持这种请求方法";
            case 413 -> "请求体过大，不能超过 256 KB";
            case 414 -> "网址过长，请缩短查询内容";
            case 431 -> "请求头过大";
            default -> status >= 500 ? "服务器处理请求时出错，请稍后再试" : title(status);
        };
    }

    /** templates/error.html, for where no template engine runs. */
    public static String page(int status, String reason) {
        String heading = switch (status) {
            case 404 -> "页面不存在";
            case 403 -> "没有权限访问此页面";
            case 401 -> "请先登录";
            case 429 -> "请求过于频繁";
            default -> "出错了";
        };
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>出错了 · 一事联办材料顾问</title>
                  <link rel="stylesheet" href="/css/error.css">
                </head>
                <body>
                <h1>%s</h1>
                <p>%s</p>
                <p>错误代码 %s。请检查网址，或<a href="/">返回首页</a>。</p>
                </body>
                </html>
                """.formatted(heading, HtmlUtils.htmlEscape(reason == null ? "" : reason), Integer.toString(status));
    }
}
