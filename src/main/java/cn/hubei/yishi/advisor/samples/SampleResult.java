package cn.hubei.yishi.advisor.samples;

import java.util.List;

/**
 * The outcome of one scenario file.
 *
 * @param file     path relative to the samples directory
 * @param failures what differed, each naming the expectation, the expected and the actual value
 */
public record SampleResult(String file, String themeId, String name, List<String> failures) {
    public boolean passed() {
        return failures.isEmpty();
    }
}
