package cn.hubei.yishi.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.hubei.yishi.advisor.catalog.Option;
import cn.hubei.yishi.advisor.catalog.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definitions written as YAML data: what policy staff write is what the catalog serves, and a mistake
 * is reported at its own line and column in Chinese while the other themes keep loading.
 */
class DataFilesTest {

    @TempDir
    Path dir;

    private static final String MATTER = """
            # yaml-language-server: $schema=../schema/matter.schema.json
            id: m
            name: 事项甲
            legalBasis: 《某某条例》第三条
            timeLimit: 5
            produces: [licence]
            materials:
              - id: doc
                name: 材料甲
                category: 专业材料
                waivable: true
              - id: licence
                name: 许可证
                category: 主体资格
                eLicence: 电子许可证
            questions:
              - id: q
                text: 问题甲？
                type: choice
                options:
                  - {value: yes-please, label: 要}
                  - {value: no-thanks, label: 不要}
            """;

    private static final String LOGIC = """
            package matters.m
            import cn.hubei.yishi.advisor.facts.*;
            rule "事项甲：材料"
            when
                Applies(matter == "m")
            then
                insert(Requires.copy("m", "doc"));
            end
            """;

    private static String theme(String id, String matters) {
        return """
                # yaml-language-server: $schema=../../schema/theme.schema.json
                id: %s
                name: 主题 %s
                jurisdiction: 天门市
                category: 企业开办与经营
                lead: 某局
                cooperating: 甲、乙等
                aliases: [别名一, 别名二]
                jointForm: 联办申请表
                matters:
                %s
                """.formatted(id, id, matters.indent(2).stripTrailing());
    }

    private static final String THEME_LOGIC = """
            package themes.a.logic
            import cn.hubei.yishi.advisor.facts.*;
            rule "问"
            when
            then
                insert(new Ask("q"));
            end
            rule "要则适用"
            when
                Answer(key == "q", text == "yes-please")
            then
                insert(new Applies("m", "要"));
            end
            """;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Ruleset load() {
        return new RulesetLoader().load(dir);
    }

    private void writeGoodTheme(String folder, String id) throws IOException {
        write("themes/" + folder + "/tianmen.yaml", theme(id, """
                - id: m
                  name: 事项甲（通知用名）
                  department: 甲
                  level: 镇级事项
                  notes: 备注一
                """));
        write("themes/" + folder + "/logic.drl", THEME_LOGIC.replace("themes.a.logic", "themes." + folder + ".logic"));
    }

    @Test
    void aThemeAndItsMatterReadFromYamlAreServedAsWritten() throws IOException {
        write("matters/m.yaml", MATTER);
        write("matters/m.drl", LOGIC);
        writeGoodTheme("a", "tm-a");
        Ruleset r = load();
        assertThat(r.problems()).isEmpty();
        CompiledTheme a = r.theme("tm-a");
        assertThat(a.theme().name()).isEqualTo("主题 tm-a");
        assertThat(a.theme().cooperatingDepartments()).containsExactly("甲", "乙");
        assertThat(a.theme().aliases()).containsExactly("别名一", "别名二");
        assertThat(a.theme().matters()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("事项甲（通知用名）");
            assertThat(m.department()).isEqualTo("甲");
            assertThat(m.townLevel()).isTrue();
            assertThat(m.notes()).isEqualTo("备注一");
        });
        assertThat(a.files()).containsExactly("themes/a/tianmen.yaml", "themes/a/logic.drl", "matters/m.drl");
        assertThat(r.matters().get("m").timeLimitDays()).isEqualTo(5);
        assertThat(r.matters().get("m").produces()).containsExactly("licence");
        assertThat(r.materials().get("doc").waivable()).isTrue();
        assertThat(r.materials().get("licence").electronicLicence()).isEqualTo("电子许可证");
        assertThat(r.questions().get("q").type()).isEqualTo(QuestionType.CHOICE);
        assertThat(r.questions().get("q").options()).containsExactly(new Option("yes-please", "要"), new Option("no-thanks", "不要"));
    }

    @Test
    void aMistypedKeyIsReportedAtItsLineAndColumnAndOtherThemesStillLoad() throws IOException {
        write("matters/m.yaml", MATTER.replace("    waivable: true", "    waiveable: true"));
        write("matters/m.drl", LOGIC);
        write("matters/n.yaml", "id: n\nname: 事项乙\n");
        writeGoodTheme("a", "tm-a");
        write("themes/b/tianmen.yaml", theme("tm-b", "- {id: n, name: 事项乙, department: 甲}"));
        Ruleset r = load();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("matters/m.yaml");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).contains("materials[0].waiveable").contains("没有「waiveable」这一项");
            assertThat(p.toString()).startsWith("matters/m.yaml 第 11 行第 5 列：materials[0].waiveable");
        });
        // The matter's file is not used, so the theme that lists it does not load; the other theme does.
        assertThat(r.themes()).containsOnlyKeys("tm-b");
    }

    @Test
    void aValueOfTheWrongKindNamesThePathInChinese() throws IOException {
        write("matters/m.yaml", MATTER.replace("timeLimit: 5", "timeLimit: 五个工作日")
                .replace("category: 专业材料", "category: 专业资料"));
        Ruleset r = load();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(12);
            assertThat(p.message()).isEqualTo("timeLimit 承诺时限应为整数（工作日数）");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).startsWith("materials[0].category 分组只能是");
        });
        assertThat(r.matters()).doesNotContainKey("m");
    }

    @Test
    void aMissingRequiredKeyAndABadIdAreProblems() throws IOException {
        write("materials/x.yaml", """
                materials:
                  - id: Doc_1
                    name: 材料
                  - id: doc2
                """);
        Ruleset r = load();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.equals("materials/x.yaml 第 2 行第 9 列：materials[0].id 编号只能用小写英文字母、数字和连字符"))
                .anyMatch(m -> m.startsWith("materials/x.yaml 第 4 行") && m.contains("材料缺少「name」"));
    }

    @Test
    void aYamlSyntaxErrorNamesLineAndColumnInChinese() throws IOException {
        write("questions/x.yaml", """
                questions:
                  - id: q
                    text: "没有收尾的引号
                    type: boolean
                """);
        write("materials/y.yaml", "materials:\n  - id: a\n    name: 甲\n  - id: a\n    name: 乙\n");
        write("materials/z.yaml", "materials: []\nmaterials: []\n");
        Ruleset r = load();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("questions/x.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("YAML 写法有误");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("materials/y.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("材料编号 a 重复定义，已在 materials/y.yaml 第 2 行定义");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("materials/z.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("「materials」写了两次");
        });
    }

    @Test
    void referencesBetweenYamlAndDrlAreChecked() throws IOException {
        write("matters/m.yaml", MATTER);
        write("matters/m.drl", LOGIC.replace("insert(Requires.copy(\"m\", \"doc\"));",
                "insert(Requires.copy(\"m\", \"undefined-doc\"));"));
        writeGoodTheme("a", "tm-a");
        write("themes/b/tianmen.yaml", theme("tm-b", "- {id: m, name: 事项甲, department: 甲}\n- {id: nowhere, name: 无, department: 甲}"));
        Ruleset r = load();
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.contains("引用了未定义的材料 undefined-doc"))
                .anyMatch(m -> m.startsWith("themes/b/tianmen.yaml 第 12 行") && m.contains("事项 nowhere 未定义"));
    }

    @Test
    void aQuestionAskedButNeverReadIsAProblemWithTheQuestionInYaml() throws IOException {
        write("matters/m.yaml", MATTER);
        write("matters/m.drl", LOGIC);
        write("themes/a/tianmen.yaml", theme("tm-a", "- {id: m, name: 事项甲, department: 甲}"));
        write("themes/a/logic.drl", """
                package themes.a.logic
                import cn.hubei.yishi.advisor.facts.*;
                rule "只问不用"
                when
                then
                    insert(new Ask("q"));
                end
                """);
        Ruleset r = load();
        assertThat(r.themes()).isEmpty();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.startsWith("themes/a/logic.drl 第 6 行第 12 列") && m.contains("问了问题 q，但没有规则用到它的回答"));
    }

    @Test
    void aVersionsOwnDrlIsCompiledIntoThatVersionAlone() throws IOException {
        write("matters/m.yaml", MATTER);
        write("matters/m.drl", LOGIC);
        writeGoodTheme("a", "tm-a");
        write("themes/a/honghu.yaml", theme("hh-a", "- {id: m, name: 事项甲, department: 甲}"));
        write("themes/a/honghu.drl", """
                package themes.a.honghu
                import cn.hubei.yishi.advisor.facts.*;
                rule "洪湖：事项甲另要许可证"
                when
                    Applies(matter == "m")
                then
                    insert(Requires.copy("m", "licence"));
                end
                """);
        Ruleset r = load();
        assertThat(r.problems()).isEmpty();
        assertThat(r.theme("hh-a").files()).containsExactly("themes/a/honghu.yaml", "themes/a/honghu.drl",
                "themes/a/logic.drl", "matters/m.drl");
        assertThat(r.theme("tm-a").files()).containsExactly("themes/a/tianmen.yaml", "themes/a/logic.drl", "matters/m.drl");
    }

    @Test
    void aChoiceWithoutOptionsAndADataFileInTheWrongPlaceAreProblems() throws IOException {
        write("questions/x.yaml", "questions:\n  - id: pick\n    text: 选哪个？\n    type: choice\n");
        write("common/x.yaml", "materials: []\n");
        Ruleset r = load();
        assertThat(r.problems()).extracting(RuleProblem::toString)
                .anyMatch(m -> m.equals("questions/x.yaml 第 4 行第 11 列：问题 pick 是单选题（choice），至少需要两个 options"))
                .anyMatch(m -> m.startsWith("common/x.yaml") && m.contains("这里不能放数据文件"));
    }
}
