package cn.hubei.yishi.advisor.testing;

import java.nio.file.Path;

/**
 * The frozen rule set the Java tests of the engine, lint, reload and API run on: a copy of a few real themes
 * (儿童游乐园 in its 湖北省 and 天门市 versions, 饭店 in its 天门市 and 洪湖市 versions, 高校毕业生就业 and 居住证)
 * with their matters, the shared materials and questions, {@code common/} and the schemas, taken from
 * {@code rules/} and not kept in step with it: a policy edit breaks only the samples and the seed-catalog check,
 * never these tests. Their samples, copied with them, hold the fixture to the behaviour the tests assert.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The frozen rules directory. */
    public static final Path RULES = Path.of("src/test/resources/fixture-rules");

    /** The samples of the frozen rules' themes. */
    public static final Path SAMPLES = Path.of("src/test/resources/fixture-samples");

    /** Spring properties of a test server that serves the frozen rules. */
    public static final String RULES_DIR_PROPERTY = "advisor.rules-dir=src/test/resources/fixture-rules";
    public static final String SAMPLES_DIR_PROPERTY = "advisor.samples-dir=src/test/resources/fixture-samples";
}
