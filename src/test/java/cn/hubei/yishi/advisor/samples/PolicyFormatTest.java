package cn.hubei.yishi.advisor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.catalog.ThemeMatter;
import cn.hubei.yishi.advisor.rules.RuleProblem;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy format as policy staff write it, on a small frozen rule set: requirements listed in a matter's
 * data, a city's version that names the theme it implements and only what differs, a shared decision that
 * themes name, jurisdictions as data; and each mistake reported once, at its own line, in Chinese.
 */
class PolicyFormatTest {

    @TempDir
    Path root;
    Path rules;
    Path samples;

    private static final String MATTER_DATA = """
            # yaml-language-server: $schema=../schema/matter.schema.json
            id: shop-licence
            name: 经营许可
            legalBasis: 某条例第三条
            timeLimit: 5
            requires:
              - {material: id-card, copies: 1, note: 经营者身份证}
              - {material: shop-plan, name: 经营方案, category: 专业材料}
            """;

    private static final String MATTER_LOGIC = """
            package matters.shop_licence

            import cn.hubei.yishi.advisor.facts.*;

            rule "经营许可：租赁场所要租赁合同"
            when
                Applies(matter == "shop-licence")
                Flag(name == "rents-premises")
            then
                insertLogical(Requires.copy("shop-licence", "lease-contract", 2));
            end
            """;

    private static final String PROVINCE = """
            # yaml-language-server: $schema=../../schema/theme.schema.json
            id: hb-shop
            name: 开店一件事
            jurisdiction: 湖北省
            category: 企业开办与经营
            lead: 省市场监管局
            cooperating: 商务等
            aliases: [开店]
            jointForm: 开店一件事联办申请表
            source: 省清单第1项
            uses: [premises]
            matters:
              - id: shop-licence
                name: 经营许可
                department: 市场监管部门
            """;

    /** Tianmen's version: the theme it implements and what differs, well under 15 lines. */
    private static final String TIANMEN = """
            # yaml-language-server: $schema=../../schema/version.schema.json
            implements: hb-shop
            id: tm-shop
            jurisdiction: 天门市
            lead: 市市场监管局
            source: 天门市清单第1项
            department: 市市场监督管理局
            townLevel: [shop-licence]
            """;

    private static final String LOGIC = """
            package themes.shop

            import cn.hubei.yishi.advisor.facts.*;

            rule "开店：问场地"
            when
            then
                insert(new Ask("premises"));
            end

            rule "开店：经营许可适用"
            when
                Answer(key == "premises")
            then
                insert(new Applies("shop-licence", "开店须取得经营许可"));
            end
            """;

    private static final String SHARED = """
            package shared.premises

            import cn.hubei.yishi.advisor.facts.*;

            // 共用判断：经营场所租赁
            rule "共用：租赁场所"
            when
                Answer(key == "premises", text == "rented")
            then
                insert(new Flag("rents-premises"));
            end
            """;

    private static final String DEFINITIONS = """
            # yaml-language-server: $schema=../schema/definitions.schema.json
            materials:
              - {id: id-card, name: 居民身份证, category: 身份证明}
              - {id: lease-contract, name: 房屋租赁合同, category: 场所证明}
            questions:
              - id: premises
                text: 经营场所是自有还是租赁？
                type: choice
                options:
                  - {value: owned, label: 自有}
                  - {value: rented, label: 租赁}
            """;

    private static final String RENTED = """
            name: 租赁场所
            answers: {premises: rented}
            expect:
              complete: true
              applies: [shop-licence]
              materials: [id-card, shop-plan, lease-contract]
              quantities: {id-card: 复印件1份, shop-plan: 原件1份, lease-contract: 复印件2份}
            """;

    @BeforeEach
    void write() throws IOException {
        rules = root.resolve("rules");
        samples = root.resolve("samples");
        copySchemas();
        write("jurisdictions.yaml", "jurisdictions:\n  - {name: 湖北省, id: hubei}\n  - {name: 天门市, id: tianmen, aliases: [天门]}\n");
        write("materials/common.yaml", DEFINITIONS);
        write("matters/shop-licence.yaml", MATTER_DATA);
        write("matters/shop-licence.drl", MATTER_LOGIC);
        write("themes/shop/hubei.yaml", PROVINCE);
        write("themes/shop/tianmen.yaml", TIANMEN);
        write("themes/shop/logic.drl", LOGIC);
        write("shared/premises.drl", SHARED);
        for (String theme : List.of("hb-shop", "tm-shop")) {
            Path sample = samples.resolve(theme).resolve("01.yaml");
            Files.createDirectories(sample.getParent());
            Files.writeString(sample, RENTED);
        }
    }

    private void copySchemas() throws IOException {
        Path schema = rules.resolve("schema");
        Files.createDirectories(schema);
        try (var files = Files.list(Path.of("rules/schema"))) {
            for (Path f : files.toList()) {
                Files.copy(f, schema.resolve(f.getFileName()));
            }
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = rules.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String verify() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VerifyCommand.run(new String[] {rules.toString(), samples.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Ruleset load() {
        return new RulesetLoader().load(rules);
    }

    @Test
    void requirementsInDataVersionsAndSharedDecisionsPassTheirSamples() {
        assertThat(TIANMEN.lines().count()).isLessThanOrEqualTo(15);
        String out = verify();
        assertThat(out).doesNotContain("规则错误").contains("4 passed, 0 failed");
    }

    @Test
    void aVersionIsItsThemeWithWhatItSaysInstead() {
        Ruleset rs = load();
        assertThat(rs.problems()).isEmpty();
        Theme tm = rs.theme("tm-shop").theme();
        assertThat(tm.name()).isEqualTo("开店一件事");
        assertThat(tm.jurisdiction()).isEqualTo("天门市");
        assertThat(tm.leadDepartment()).isEqualTo("市市场监管局");
        assertThat(tm.cooperatingText()).as("the province's 配合单位 are not the city's").isEmpty();
        assertThat(tm.aliases()).containsExactly("开店");
        assertThat(tm.jointForm()).isEqualTo("开店一件事联办申请表");
        assertThat(tm.source()).isEqualTo("天门市清单第1项");
        ThemeMatter m = tm.matters().get(0);
        assertThat(m.department()).isEqualTo("市市场监督管理局");
        assertThat(m.townLevel()).isTrue();
        assertThat(rs.theme("hb-shop").theme().matters().get(0).townLevel()).isFalse();
        assertThat(rs.jurisdictions()).containsKeys("湖北省", "天门市");
    }

    @Test
    void versionsWithTheSameRuleFilesShareOneKieBaseAndAVersionsOwnLogicGetsItsOwn() throws IOException {
        Ruleset rs = load();
        assertThat(rs.theme("tm-shop").kieBase()).isSameAs(rs.theme("hb-shop").kieBase());

        write("themes/shop/tianmen.drl", """
                package themes.shop.tianmen

                import cn.hubei.yishi.advisor.facts.*;

                rule "天门：另有说明"
                when
                    Answer(key == "premises", text == "owned")
                then
                    insert(new Applies("shop-licence", "自有场所也须取得经营许可"));
                end
                """);
        RulesetLoader loader = new RulesetLoader();
        Ruleset own = loader.load(rules);
        assertThat(own.problems()).isEmpty();
        assertThat(own.theme("tm-shop").kieBase()).isNotSameAs(own.theme("hb-shop").kieBase());
        // A reload that changes nothing keeps the KieBases being served.
        Ruleset again = loader.load(rules);
        assertThat(again.theme("hb-shop").kieBase()).isSameAs(own.theme("hb-shop").kieBase());
        assertThat(again.theme("tm-shop").kieBase()).isSameAs(own.theme("tm-shop").kieBase());
    }

    @Test
    void aBrokenSharedFileIsOneProblemNamingTheThemesItHolds() throws IOException {
        write("shared/premises.drl", SHARED.replace("text == \"rented\")", "text == \"rented\""));
        Ruleset rs = load();
        assertThat(rs.themes()).isEmpty();
        assertThat(rs.problems()).hasSize(1);
        RuleProblem p = rs.problems().get(0);
        assertThat(p.file()).isEqualTo("shared/premises.drl");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.column()).isEqualTo(11);
        assertThat(p.message()).contains("没有对应的「)」", "未能发布的主题（2 个）", "hb-shop", "tm-shop");
    }

    @Test
    void aMisspelledKeywordIsReportedInChineseAtItsLine() throws IOException {
        write("themes/shop/logic.drl", LOGIC.replace("when\n    Answer", "wehn\n    Answer"));
        Ruleset rs = load();
        assertThat(rs.problems()).hasSize(1);
        RuleProblem p = rs.problems().get(0);
        assertThat(p.where()).isEqualTo("themes/shop/logic.drl 第 12 行第 1 列");
        assertThat(p.message()).contains("「wehn」", "开店：经营许可适用").doesNotContain("mismatched");
    }

    @Test
    void aQuestionAskedButNeverReadIsReportedWhereItIsAsked() throws IOException {
        write("themes/shop/logic.drl", LOGIC.replace("    insert(new Ask(\"premises\"));",
                "    insert(new Ask(\"premises\"));\n    insert(new Ask(\"shop-open\"));"));
        write("themes/shop/logic.yaml", "questions:\n  - {id: shop-open, text: 是否已开业？, type: boolean}\n");
        Ruleset rs = load();
        assertThat(rs.problems()).extracting(RuleProblem::toString).contains(
                "themes/shop/logic.drl 第 9 行第 12 列：主题「开店一件事」（hb-shop）问了问题 shop-open，但没有规则用到它的回答：删去这个问题，或写出依据它的规则");
    }

    @Test
    void aWrongArgumentIsReportedInChineseAtItsLine() throws IOException {
        write("matters/shop-licence.drl", MATTER_LOGIC.replace("\"lease-contract\", 2)", "\"lease-contract\", \"两份\")"));
        Ruleset rs = load();
        assertThat(rs.problems()).hasSize(1);
        RuleProblem p = rs.problems().get(0);
        assertThat(p.file()).isEqualTo("matters/shop-licence.drl");
        assertThat(p.line()).isPositive();
        assertThat(p.message()).contains("Requires.copy 的参数不对", "整数", "未能发布的主题（2 个）")
                .doesNotContain("not applicable");
        assertThat(p.toString()).startsWith("matters/shop-licence.drl 第 " + p.line() + " 行：");
    }

    @Test
    void anUndefinedMaterialInRequiresIsReportedAtItsLineAndHoldsItsThemes() throws IOException {
        write("matters/shop-licence.yaml", MATTER_DATA.replace("material: id-card", "material: id-crad"));
        Ruleset rs = load();
        assertThat(rs.themes()).isEmpty();
        assertThat(rs.problems()).hasSize(1);
        RuleProblem p = rs.problems().get(0);
        assertThat(p.where()).isEqualTo("matters/shop-licence.yaml 第 7 行第 16 列");
        assertThat(p.message()).contains("材料 id-crad 未定义", "未能发布的主题（2 个）");
    }

    @Test
    void versionMistakesPointAtTheirKeys() throws IOException {
        write("themes/shop/tianmen.yaml", TIANMEN + "departments:\n  shop-license: 市局\n");
        Ruleset rs = load();
        assertThat(rs.themes()).containsOnlyKeys("hb-shop");
        assertThat(rs.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("themes/shop/tianmen.yaml 第 10 行第 3 列");
            assertThat(p.message()).contains("shop-license", "hb-shop");
        });

        write("themes/shop/tianmen.yaml", TIANMEN.replace("jurisdiction: 天门市", "jurisdiction: 天门"));
        rs = load();
        assertThat(rs.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("themes/shop/tianmen.yaml 第 4 行第 15 列");
            assertThat(p.message()).contains("「天门」不在 jurisdictions.yaml 中");
        });
    }

    @Test
    void aThemeNamingAMissingSharedDecisionIsReportedAtTheName() throws IOException {
        write("themes/shop/hubei.yaml", PROVINCE.replace("uses: [premises]", "uses: [premise]"));
        Ruleset rs = load();
        assertThat(rs.problems()).extracting(RuleProblem::toString)
                .anySatisfy(s -> assertThat(s).contains("themes/shop/hubei.yaml 第 11 行第 8 列", "共用判断 premise 不存在"));
    }
}
