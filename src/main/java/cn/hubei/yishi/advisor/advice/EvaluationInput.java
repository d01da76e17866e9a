package cn.hubei.yishi.advisor.advice;

import java.util.List;
import java.util.Map;

/**
 * A validated request: answers converted to their question's type (Boolean, String, Double,
 * LocalDate), materials the applicant has, by id.
 */
public record EvaluationInput(Map<String, Object> answers, List<String> submittedMaterials) {
    public static EvaluationInput empty() {
        return new EvaluationInput(Map.of(), List.of());
    }
}
