package cn.hubei.yishi.advisor.catalog;

import java.util.Locale;

/** The kinds of answer a question takes. */
public enum QuestionType {
    BOOLEAN("是/否"),
    CHOICE("单选"),
    NUMBER("数字"),
    DATE("日期"),
    TEXT("文字");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static QuestionType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
