package cn.hubei.yishi.advisor.samples;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The outcome of one scenario file.
 *
 * @param file     path relative to the samples directory
 * @param failures   what differed, each naming the expectation, the expected and the actual value
 * @param firedRules the rules the sample made fire, for the coverage report
 */
public record SampleResult(String file, String themeId, String name, List<String> failures,
        @JsonIgnore List<String> firedRules) {

    public SampleResult(String file, String themeId, String name, List<String> failures) {
        this(file, themeId, name, failures, List.of());
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
