package cn.hubei.yishi.advisor.advice;

/** A rule threw or ran away during one evaluation; only that evaluation fails. */
public class RuleExecutionException extends RuntimeException {
    private final String ruleName;

    public RuleExecutionException(String ruleName, String message, Throwable cause) {
        super(message, cause);
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }
}
