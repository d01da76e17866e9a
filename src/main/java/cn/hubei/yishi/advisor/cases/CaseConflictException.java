package cn.hubei.yishi.advisor.cases;

/** Someone saved the case since this clerk loaded it: nothing was changed; reload and redo (HTTP 409). */
public class CaseConflictException extends RuntimeException {
    public CaseConflictException(String message) {
        super(message);
    }
}
