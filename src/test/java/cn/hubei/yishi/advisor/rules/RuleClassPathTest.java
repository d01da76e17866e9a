package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second line of defence: rule code is compiled against a class path without files, network, processes,
 * reflection or the application's own classes, so a consequence that slipped past the lint still fails to compile.
 * These files are compiled directly, without the lint, as a gap in it would let them through.
 */
class RuleClassPathTest {

    private static final String RULE = """
            package t.x
            import cn.hubei.yishi.advisor.facts.*;
            rule "规则"
            when
                $a : Answer(key == "a")
            then
                %s
            end
            """;

    private static CompiledFile compile(String consequence) {
        RuleFile.Parsed parsed = new RuleFile("x.drl", RULE.formatted(consequence)).parse();
        assertThat(parsed.problems()).isEmpty();
        return CompiledFile.compile(parsed, new LookupCachingClassLoader(RuleClassPathTest.class.getClassLoader()),
                Map.of("m", "m"), Map.of("doc", "doc"), Map.of(), new HashMap<>());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "java.io.File f = new java.io.File(\"/etc/passwd\"); insert(new Flag(f.getName()));",
            "insert(new Flag(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\"/etc/passwd\")))));",
            "insert(new Flag(\"\" + new java.net.URL(\"http://127.0.0.1/\").openConnection()));",
            "insert(new Flag(System.getProperty(\"user.home\")));",
            "Runtime.getRuntime().halt(0);",
            "new Thread(() -> { }).start();",
            "insert(new Flag(\"\" + Class.forName(\"x\").getDeclaredMethods().length));",
            "insert(new Flag(\"\" + $a.getClass().getModule()));",
            "java.util.Locale.setDefault(java.util.Locale.ROOT);",
            "insert(new Flag(\"\" + java.lang.invoke.MethodHandles.lookup()));",
            "insert(new Flag(\"\" + java.util.stream.Stream.of(1).count()));",
            "insert(new Flag(\"\" + cn.hubei.yishi.advisor.rules.RulesetLoader.class));",
            "insert(new Flag(\"\" + \"a\".matches(\"(a+)+$\")));",
    })
    void whatTheLintWouldRefuseDoesNotCompile(String consequence) {
        CompiledFile compiled = compile(consequence);
        assertThat(compiled.problems()).as(consequence).isNotEmpty();
        assertThat(compiled.packages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert(new Flag(\"x\"));",
            "insert(Requires.copy(\"m\", \"doc\", 2).note(\"说明\" + 1));",
            "insertLogical(new Applies(\"m\", \"原因\"));",
    })
    void theVocabularyCompiles(String consequence) {
        CompiledFile compiled = compile(consequence);
        assertThat(compiled.problems()).isEmpty();
        assertThat(compiled.packages()).isNotEmpty();
    }
}
