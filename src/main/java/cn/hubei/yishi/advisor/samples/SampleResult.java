package cn.hubei.yishi.advisor.samples;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The outcome of one scenario file.
 *
 * @param file     path relative to the samples directory
 * @param failures   what differed, each naming the expectation, the expected and the actual value
 * @param firedRules the rules the sample made fire, for the coverage report
 * @param actual     what the rules gave for each exact expectation, by its key in the file ({@code verify --update})
 */
public record SampleResult(String file, String themeId, String name, List<String> failures,
        @JsonIgnore List<String> firedRules, @JsonIgnore Map<String, Object> actual) {

    public SampleResult(String file, String themeId, String name, List<String> failures) {
        this(file, themeId, name, failures, List.of(), Map.of());
    }

    public SampleResult(String file, String themeId, String name, List<String> failures, List<String> firedRules) {
        this(file, themeId, name, failures, firedRules, Map.of());
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
