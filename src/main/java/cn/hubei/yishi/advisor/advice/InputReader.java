package cn.hubei.yishi.advisor.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import tools.jackson.databind.JsonNode;

/**
 * Checks an evaluation request against the theme's questions and the material catalog, field by
 * field, and converts each answer to its question's type. The first wrong field is reported.
 */
public final class InputReader {

    static final int MAX_TEXT = 500;
    /** No answer to any question is a number this large; beyond it a double loses the integer digits. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(1e15);

    private InputReader() {
    }

    public static EvaluationInput read(Ruleset ruleset, CompiledTheme theme, JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return EvaluationInput.empty();
        }
        if (!body.isObject()) {
            throw new InvalidInputException("(body)", "请求体应为 JSON 对象，包含 answers 和 submittedMaterials");
        }
        for (String name : body.propertyNames()) {
            if (!name.equals("answers") && !name.equals("submittedMaterials")) {
                throw new InvalidInputException(name, "未知字段「" + name + "」，只接受 answers 和 submittedMaterials");
            }
        }
        return new EvaluationInput(readAnswers(theme, body.get("answers")),
                readMaterials(ruleset, body.get("submittedMaterials")));
    }

    private static Map<String, Object> readAnswers(CompiledTheme theme, JsonNode answers) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (answers == null || answers.isNull()) {
            return result;
        }
        if (!answers.isObject()) {
            throw new InvalidInputException("answers", "answers 应为对象：{\"问题编号\": 回答}");
        }
        Map<String, QuestionDef> questions = theme.questionsByKey();
        for (String key : answers.propertyNames()) {
            String field = "answers." + key;
            QuestionDef q = questions.get(key);
            if (q == null) {
                throw new InvalidInputException(field, "本主题没有问题「" + key + "」");
            }
            JsonNode value = answers.get(key);
            if (value.isNull()) {
                continue; // not answered yet
            }
            result.put(key, convert(q, value, field));
        }
        return result;
    }

    static Object convert(QuestionDef q, JsonNode value, String field) {
        switch (q.type()) {
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new InvalidInputException(field, "「" + q.text() + "」应回答 true（是）或 false（否）");
                }
                return value.booleanValue();
            }
            case CHOICE -> {
                if (!value.isString()) {
                    throw new InvalidInputException(field, "「" + q.text() + "」应为选项编号（文字）");
                }
                String choice = value.stringValue();
                if (!q.hasOption(choice)) {
                    throw new InvalidInputException(field, "「" + q.text() + "」没有选项「" + choice + "」，可选："
                            + String.join("、", q.options().stream().map(o -> o.value() + "（" + o.label() + "）").toList()));
                }
                return choice;
            }
            case NUMBER -> {
                if (!value.isNumber()) {
                    throw new InvalidInputException(field, "「" + q.text() + "」应为数字");
                }
                // Compared exactly: 1e400 or a thousand nines is no double, and must be refused, not fail.
                if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
                    throw new InvalidInputException(field, "「" + q.text() + "」的数值过大，请核对");
                }
                BigDecimal number = value.decimalValue();
                if (number.abs().compareTo(LARGEST) > 0 && q.min() == null && q.max() == null) {
                    throw new InvalidInputException(field, "「" + q.text() + "」的数值过大，请核对");
                }
                if ((q.min() != null && number.compareTo(BigDecimal.valueOf(q.min())) < 0)
                        || (q.max() != null && number.compareTo(BigDecimal.valueOf(q.max())) > 0)
                        || number.abs().compareTo(LARGEST) > 0) {
                    throw new InvalidInputException(field, "「" + q.text() + "」应在 " + bound(q.min(), "不限")
                            + " 到 " + bound(q.max(), "不限") + " 之间");
                }
                return number.doubleValue();
            }
            case DATE -> {
                if (!value.isString()) {
                    throw new InvalidInputException(field, "「" + q.text() + "」应为日期，格式 2024-05-01");
                }
                try {
                    return LocalDate.parse(value.stringValue());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(field, "「" + q.text() + "」的日期「" + value.stringValue()
                            + "」无效，格式应为 2024-05-01");
                }
            }
            case TEXT -> {
                if (!value.isString()) {
                    throw new InvalidInputException(field, "「" + q.text() + "」应为文字");
                }
                String text = FreeText.check(field, "「" + q.text() + "」", value.stringValue().strip());
                if (text.length() > MAX_TEXT) {
                    throw new InvalidInputException(field, "「" + q.text() + "」不能超过 " + MAX_TEXT + " 个字");
                }
                return text;
            }
            default -> throw new IllegalStateException(q.type().name());
        }
    }

    private static String bound(Double value, String none) {
        if (value == null) {
            return none;
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }

    private static List<String> readMaterials(Ruleset ruleset, JsonNode materials) {
        if (materials == null || materials.isNull()) {
            return List.of();
        }
        if (!materials.isArray()) {
            throw new InvalidInputException("submittedMaterials", "submittedMaterials 应为材料编号的数组");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            JsonNode item = materials.get(i);
            String field = "submittedMaterials[" + i + "]";
            if (!item.isString()) {
                throw new InvalidInputException(field, "材料编号应为文字");
            }
            String id = item.stringValue();
            if (!ruleset.materials().containsKey(id)) {
                throw new InvalidInputException(field, "未知的材料编号「" + id + "」");
            }
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }
}
