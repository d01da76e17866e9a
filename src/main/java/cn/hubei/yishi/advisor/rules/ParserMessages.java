package cn.hubei.yishi.advisor.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL parser's English messages, said in Chinese for policy staff. The line and column travel
 * separately (see {@link RuleProblem#where()}); a message not recognised keeps a generic Chinese sentence.
 */
final class ParserMessages {

    private record Translation(Pattern pattern, String chinese) {
    }

    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation(Pattern.compile("mismatched input '(.*?)' expecting (.*?)(?: in (.*))?$"),
                    "此处的「$1」不符合 DRL 写法$R（常见原因：上一处少了逗号、括号或引号，或关键字拼错）"),
            new Translation(Pattern.compile("mismatched input '(.*?)'(?: in (.*))?$"),
                    "此处的「$1」不符合 DRL 写法$R（常见原因：上一处少了逗号、括号或引号，或关键字拼错）"),
            new Translation(Pattern.compile("no viable alternative at input '(.*?)'(?: in (.*))?$"),
                    "无法识别「$1」$R（检查拼写、引号和括号）"),
            new Translation(Pattern.compile("missing (.*?) at '(.*?)'(?: in (.*))?$"),
                    "在「$2」之前缺少 $1$R"),
            new Translation(Pattern.compile("extraneous input '(.*?)' expecting (.*?)(?: in (.*))?$"),
                    "多余的「$1」$R"),
            new Translation(Pattern.compile("unexpected exception:? ?(.*)$"), "无法解析该处$R"));

    private static final Pattern CODE = Pattern.compile("^\\[ERR \\d+\\]\\s*(?:Line \\d+:\\d+\\s*)?");
    private static final Pattern RULE = Pattern.compile("rule \"?([^\"]*)\"?");

    private ParserMessages() {
    }

    static String chinese(String message) {
        String text = message == null ? "" : message.strip();
        int colon = text.indexOf(':');
        if (colon > 0 && text.substring(0, colon).endsWith(".drl") || text.matches("^[^ ]+\\.drl:\\d+ .*")) {
            text = text.replaceFirst("^[^ ]+\\.drl:\\d+\\s*", "");
        }
        text = CODE.matcher(text).replaceFirst("");
        for (Translation t : TRANSLATIONS) {
            Matcher m = t.pattern().matcher(text);
            if (m.find()) {
                String where = "";
                String context = m.groupCount() >= 1 ? m.group(m.groupCount()) : null;
                if (context != null) {
                    Matcher r = RULE.matcher(context);
                    if (r.find()) {
                        where = "（在规则「" + r.group(1).strip() + "」中）";
                    }
                }
                String out = t.chinese();
                for (int g = 1; g <= Math.min(2, m.groupCount()); g++) {
                    out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g));
                }
                return out.replace("$R", where);
            }
        }
        return "DRL 写法有误，无法解析（检查这一处附近的括号、引号、逗号和关键字 when/then/end）";
    }
}
