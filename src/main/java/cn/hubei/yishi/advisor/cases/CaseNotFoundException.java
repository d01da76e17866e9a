package cn.hubei.yishi.advisor.cases;

/** No case with this number (HTTP 404). */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String message) {
        super(message);
    }
}
