package cn.hubei.yishi.advisor.facts;

import java.time.LocalDate;

/**
 * One answered question. Rules match on {@code key} and on the typed view that fits the
 * question's type: {@code yes} (boolean), {@code text} (single choice or text), {@code number},
 * {@code date}.
 */
public final class Answer {
    private final String key;
    private final Object value;

    public Answer(String key, Object value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public Object getValue() {
        return value;
    }

    /** True only for a boolean question answered 是. */
    public boolean isYes() {
        return Boolean.TRUE.equals(value);
    }

    /** True only for a boolean question answered 否. */
    public boolean isNo() {
        return Boolean.FALSE.equals(value);
    }

    public String getText() {
        return value instanceof String s ? s : null;
    }

    public Double getNumber() {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : null;
    }

    @Override
    public String toString() {
        return "Answer[" + key + "=" + value + "]";
    }
}
