package cn.hubei.yishi.advisor.catalog;

import java.util.List;

/** A question of the joint form (一表申请). */
public record QuestionDef(
        String key,
        String text,
        QuestionType type,
        List<Option> options,
        String hint,
        Double min,
        Double max) {

    public boolean hasOption(String value) {
        for (Option o : options) {
            if (o.value().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
