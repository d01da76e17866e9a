package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule files may only use the fact vocabulary: everything else is reported with the file, the line and a Chinese message. */
class RuleLintTest {

    /** The frozen fixture rules: a policy edit in rules/ must not break the lint's tests (SamplesTest lints the live rules). */
    private static final Path RULES = Fixtures.RULES;

    private static RuleFile.Parsed parse(String drl) {
        RuleFile.Parsed parsed = new RuleFile("x.drl", drl).parse();
        assertThat(parsed.problems()).as("the test DRL itself parses").isEmpty();
        return parsed;
    }

    private static List<RuleProblem> lint(String drl) {
        return RuleLint.vocabulary(parse(drl));
    }

    /** Exactly one problem, in x.drl at {@code line}, whose message contains every fragment. */
    private static void assertOneProblem(String drl, int line, String... fragments) {
        List<RuleProblem> problems = lint(drl);
        assertThat(problems).as(problems.toString()).hasSize(1);
        RuleProblem p = problems.get(0);
        assertThat(p.file()).isEqualTo("x.drl");
        assertThat(p.line()).as(p.toString()).isEqualTo(line);
        assertThat(p.message()).contains(fragments).contains("请");
    }

    /** At least one problem, every one in x.drl at {@code line}, and one whose message contains every fragment. */
    private static void assertRefusedAt(String drl, int line, String... fragments) {
        List<RuleProblem> problems = lint(drl);
        assertThat(problems).as("refused").isNotEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("x.drl");
            assertThat(p.line()).as(p.toString()).isEqualTo(line);
            assertThat(p.message()).as(p.toString()).containsPattern("\\p{IsHan}").contains("请");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains(fragments));
    }

    /** A rule whose consequence (line 6) is {@code action}. */
    private static String consequence(String action) {
        return """
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                then
                    %s
                end
                """.formatted(action);
    }

    // ---- imports ----

    @Test
    void importOutsideTheVocabulary() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                import java.io.File;
                """, 3, "不允许导入 java.io.File", "cn.hubei.yishi.advisor.facts");
        assertOneProblem("""
                package t.x
                import java.util.concurrent.Executors;
                """, 2, "不允许导入 java.util.concurrent.Executors");
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.rules.RulesetHolder;
                """, 2, "不允许导入 cn.hubei.yishi.advisor.rules.RulesetHolder");
    }

    @Test
    void allowedImports() {
        assertThat(lint("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                import cn.hubei.yishi.advisor.facts.Answer;
                """)).isEmpty();
        // Nothing a rule may write uses java.util or java.time: an import of them is a door, not a convenience.
        assertOneProblem("""
                package t.x
                import java.util.List;
                """, 2, "不允许导入 java.util.List");
        assertOneProblem("""
                package t.x
                import java.time.*;
                """, 2, "不允许导入 java.time.*");
    }

    @Test
    void importFunctionAndStaticImport() {
        assertOneProblem("""
                package t.x
                import function java.lang.System.exit;
                """, 2, "不允许导入函数 java.lang.System.exit");
        assertOneProblem("""
                package t.x

                import static java.lang.Math.max;
                """, 3, "不允许导入函数 java.lang.Math.max");
    }

    @Test
    void importAccumulate() {
        assertOneProblem("""
                package t.x
                import accumulate com.example.Evil evil;
                """, 2, "不允许导入累计函数 com.example.Evil");
    }

    // ---- declarations ----

    @Test
    void function() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;

                function int twice(int a) { return 2 * a; }
                """, 4, "不允许定义函数 twice", "function");
    }

    @Test
    void global() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                global java.util.List seen;
                """, 3, "不允许声明全局变量 seen", "共享");
    }

    @Test
    void declaredTypeAndEnum() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                declare Shop
                    area : int
                end
                """, 3, "不允许声明新的类型 Shop", "Flag");
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;

                declare enum Size
                    SMALL, LARGE;
                end
                """, 4, "不允许声明新的类型 Size");
    }

    @Test
    void queriesAreRefused() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                query "租赁场地"
                    Answer(key == "premises", text == "rented")
                end
                """, 3, "不允许写查询");
    }

    @Test
    void reservedPackageName() {
        assertOneProblem("""
                package cn.hubei.yishi.advisor.rules
                import cn.hubei.yishi.advisor.facts.*;
                """, 1, "包名 cn.hubei.yishi.advisor.rules");
    }

    // ---- conditions ----

    @Test
    void evalAnywhereInConditions() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    Answer(key == "a")
                    eval(1 == 1)
                then
                end
                """, 6, "eval");
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    not (Answer(key == "a") or
                         eval(true))
                then
                end
                """, 6, "eval");
    }

    @Test
    void from() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    Answer(key == "a")
                    $s : String() from "abc".toUpperCase()
                then
                end
                """, 6, "from");
    }

    @Test
    void entryPoint() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    Answer(key == "a") from entry-point "side"
                then
                end
                """, 5, "entry-point");
    }

    @Test
    void accumulateCodeBlocks() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    $n : Number() from accumulate(Answer(key == "a"),
                        init(int c = 0;) action(c++;) result(c))
                then
                end
                """, 5, "accumulate");
    }

    @Test
    void accumulateFunctionsAndCollectAreRefused() {
        assertRefusedAt("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    accumulate(Applies(); $n : count(); $n > 2)
                then
                    insert(new Flag("many"));
                end
                """, 5, "accumulate");
        assertRefusedAt("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    $all : Object() from collect(Flag())
                then
                    insert(new Flag("many"));
                end
                """, 5, "collect");
    }

    @Test
    void forbiddenNameInsideACondition() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    Answer(key == "a",
                        text == System.getProperty("user.home"))
                then
                end
                """, 6, "不允许在条件中使用", "System.getProperty");
    }

    @Test
    void forbiddenAttributes() {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                    salience (Runtime.getRuntime().availableProcessors())
                when
                then
                end
                """, 4, "salience 只能写一个整数", "Runtime");
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                    timer (int: 1s 1s)
                when
                then
                end
                """, 4, "timer");
    }

    // ---- definitions are data ----

    @ParameterizedTest
    @ValueSource(strings = {"theme", "themeMatter", "matter", "material", "question"})
    void aDefinitionWrittenAsARuleIsRefusedAtItsLine(String key) {
        assertOneProblem("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "某个定义"
                    @%s("some-id")
                when
                then
                end
                """.formatted(key), 4, "规则「某个定义」用 @" + key + " 写了一个定义",
                "定义（主题、事项、材料、问题）写在 YAML 数据文件中，见 rules/README.md", ".yaml");
    }

    @Test
    void aDefinitionAmongOtherAnnotationsIsNamedAndEachRuleIsReportedOnce() {
        List<RuleProblem> problems = lint("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "问题甲？"
                    @notes("说明")
                    @question("q")
                    @type("boolean")
                when
                then
                end
                rule "事项甲"
                    @matter("m")
                    @timeLimit("3")
                when
                    Answer(key == "q")
                then
                    insert(new Applies("m", "适用"));
                end
                rule "普通规则"
                    @notes("说明")
                when
                then
                    insert(new Ask("q"));
                end
                """);
        assertThat(problems).extracting(RuleProblem::line).containsExactly(5, 11);
        assertThat(problems.get(0).message()).contains("@question", "questions/*.yaml");
        assertThat(problems.get(1).message()).contains("@matter", "matters/<事项编号>.yaml");
    }

    // ---- consequences: one case per forbidden name, each reported at its own line ----

    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(0);",
            "Runtime.getRuntime().gc();",
            "new ProcessBuilder(\"ls\").start();",
            "new Thread(() -> {}).start();",
            "ThreadLocal t = new ThreadLocal();",
            "Executor e = null;",
            "Executors.newFixedThreadPool(1);",
            "Object c = Class.forName(\"x.Y\");",
            "Object c = $a.getClass();",
            "ClassLoader l = null;",
            "Method m = null;",
            "Field f = null;",
            "Constructor c = null;",
            "$m.invoke(null);",
            "java.lang.reflect.Method m = null;",
            "java.io.Reader r = null;",
            "java.nio.file.Files.delete(null);",
            "java.net.Socket s = null;",
            "File f = null;",
            "Files.size(null);",
            "Path p = null;",
            "Paths.get(\"/\");",
            "URL u = null;",
            "URI u = null;",
            "Socket s = null;",
            "HttpClient c = null;",
            "$p.exec(\"ls\");",
            "kcontext.getKieRuntime();",
            "drools.getKieRuntime().halt();",
            "drools.halt();",
            "java.lang.String s = \"\";",
            "javax.script.ScriptEngine e = null;",
            "jakarta.servlet.Servlet s = null;",
            "sun.misc.Unsafe u = null;",
            "com.sun.net.httpserver.HttpServer s = null;",
            "org.springframework.context.ApplicationContext c = null;",
            "cn.hubei.yishi.advisor.rules.RulesetHolder h = null;",
            "io.netty.channel.Channel c = null;",
            "java . lang . System . exit(0);",
            "Object o = String.class;",
            "while (true) { }",
            "for (int i = 0; ; i++) { }",
            "\\u0053ystem.exit(0);",
    })
    void forbiddenNameInAConsequence(String action) {
        List<RuleProblem> problems = lint(consequence(action));
        assertThat(problems).as(action).isNotEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("x.drl");
            assertThat(p.line()).as(p.toString()).isEqualTo(6);
            assertThat(p.message()).startsWith("不允许").contains("请");
        });
    }

    @Test
    void theAuthoringVocabularyIsAllowed() {
        assertThat(lint("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                    @notes("说明")
                    salience 10
                    no-loop true
                when
                    $a : Answer(key == "ride-count", $n : number, number > 0, number * 2 <= 400)
                    not Flag(name == "x")
                    exists (Applies(matter == "m") or Flag(name == "y"))
                    Answer(key == "kind", $kind : text, text in ("first", "change"), text not in ("none"))
                    Answer(key == "since", date != null)
                then
                    insert(new Applies("m", "首次：" + $kind));
                    insertLogical(new Flag("y"));
                    insert(new Unmet("m", "不符合", "《条例》第三条"));
                    insert(Requires.original("m", "doc", 2 * $n).note("每台" + 2 + "份"));
                    insert(Requires.copy("m", "doc2", $n));
                    insert(Requires.originalAndCopy("m", "doc3", 2));
                    insert(new Ask("next"));
                    insert(new NotApplicable("m2", "不需要"));
                end
                """)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "String reason = $kind.equals(\"first\") ? \"首次\" : \"变更\";",
            "if ($n.intValue() > 3) { insert(new Flag(\"a\")); }",
            "insert(new Applies(\"m\", String.valueOf(Math.max($n.intValue(), 2))));",
            "modify($f) { }",
            "update($f);",
            "retract($f);",
            "delete($f);",
            "java.util.List<String> l = java.util.List.of(\"a\");",
            "java.time.LocalDate d = java.time.LocalDate.now();",
    })
    void everydayJavaIsRefused(String action) {
        assertRefusedAt("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "规则"
                when
                    $f : Answer(key == "kind", $kind : text, $n : number)
                then
                    %s
                end
                """.formatted(action), 7, "");
    }

    @Test
    void chineseTextAndCommentsNeverMatter() {
        assertThat(lint("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                // System.exit(0) 写在注释里不算；File、Thread 也一样
                /* Runtime.getRuntime()
                   java.io.File */
                rule "System 文件 File 管理"
                    @notes("Files 与 Path：System 升级期间请携带“File”原件；drools.halt() 只是文字")
                when
                    Answer(key == "System", text == "java.io.File")
                then
                    insert(new Unmet("m", "请提交System文件File和Thread说明\\"System.exit(0)\\"", "《URL 管理办法》"));
                    insert(new Applies("m", "kcontext 字符串 Class.forName"));
                end
                """)).isEmpty();
    }

    @Test
    void quotesCannotHideCode() {
        assertRefusedAt(consequence("char q = '\"'; System.exit(0);"), 6, "System");
        assertRefusedAt(consequence("String s = \"a\\\"b\"; System.exit(0);"), 6, "System");
        assertRefusedAt(consequence("String s = \"a\\\\\"; System.exit(0); String t = \"\";"), 6, "System");
        assertOneProblem(consequence("""
                insert(new Flag("a")); // don't
                    System.exit(0); /* "it's" */"""), 7, "System");
    }

    // ---- real rule files (the frozen fixture copy) ----

    @Test
    void ordinaryRuleFilesPass() throws IOException {
        for (String path : List.of("matters/company-setup.drl", "common/classification.drl",
                "themes/children-playground/logic.drl")) {
            RuleFile.Parsed parsed = new RuleFile(path, Files.readString(RULES.resolve(path))).parse();
            assertThat(parsed.ok()).as(path).isTrue();
            assertThat(RuleLint.vocabulary(parsed)).as(path).isEmpty();
        }
    }

    @Test
    void everyFixtureRuleFilePasses() throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String path = RULES.relativize(file).toString().replace('\\', '/');
                RuleFile.Parsed parsed = new RuleFile(path, Files.readString(file, StandardCharsets.UTF_8)).parse();
                assertThat(parsed.problems()).as(path).isEmpty();
                problems.addAll(RuleLint.vocabulary(parsed));
                files++;
            }
        }
        assertThat(files).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    // ---- answer keys ----

    @Test
    void answerKeysReadByConditions() {
        RuleFile.Parsed parsed = parse("""
                package t.x
                import cn.hubei.yishi.advisor.facts.*;
                rule "一"
                when
                    Answer(key == "first", yes == true)
                    Answer("second" == key)
                    Answer(key in ("third", "fourth"), text == "x")
                    not Answer(key == 'fifth')
                    exists (Answer(key == "sixth") or Flag(name == "not-a-key"))
                    Applies(matter == "not-a-key-either")
                    Answer(key != "excluded")
                then
                    insert(new Ask("asked-not-read"));
                end
                """);
        assertThat(RuleLint.answerKeysUsed(parsed))
                .containsExactlyInAnyOrder("first", "second", "third", "fourth", "fifth", "sixth");
    }

    @Test
    void answerKeysOfARealFile() throws IOException {
        String path = "themes/children-playground/logic.drl";
        RuleFile.Parsed parsed = new RuleFile(path, Files.readString(RULES.resolve(path))).parse();
        assertThat(RuleLint.answerKeysUsed(parsed)).containsExactlyInAnyOrder("has-business-licence",
                "playground-sells-food", "playground-outdoor-sign", "playground-large-rides");
    }
}
