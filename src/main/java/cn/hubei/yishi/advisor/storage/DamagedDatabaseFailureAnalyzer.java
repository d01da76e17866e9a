package cn.hubei.yishi.advisor.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused database as Boot's start-up report: what happened (Description), what to do (Action). */
class DamagedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DamagedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DamagedDatabaseException cause) {
        return new FailureAnalysis(cause.whatHappened(), cause.whatToDo(), cause);
    }
}
