package cn.hubei.yishi.advisor.cases;

/** The case cannot take this change in its present state (closed, or its theme withdrawn): HTTP 409. */
public class CaseStateException extends RuntimeException {
    public CaseStateException(String message) {
        super(message);
    }
}
