package cn.hubei.yishi.advisor.rules;

import java.time.Instant;
import java.util.List;

import cn.hubei.yishi.advisor.samples.SampleResult;

/**
 * The outcome of one attempt to load the rules directory.
 *
 * @param trigger        why it ran: 启动, 文件变更 or 手动重新加载
 * @param version        content hash of the rules that were read
 * @param published      whether that version now serves; a reload with any problem is not published
 * @param problems       compile, lint and definition problems, by file and line
 * @param failedSamples  samples that the new rules break
 * @param samplesRun     how many samples were run against the new rules
 */
public record ReloadReport(
        Instant at,
        String trigger,
        String version,
        boolean published,
        String summary,
        List<RuleProblem> problems,
        List<SampleResult> failedSamples,
        int samplesRun,
        long millis) {
}
