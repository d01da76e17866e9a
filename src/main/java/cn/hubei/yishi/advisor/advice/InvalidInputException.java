package cn.hubei.yishi.advisor.advice;

/** A request field is wrong; {@code field} names it as the client wrote it, e.g. {@code answers.age}. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
