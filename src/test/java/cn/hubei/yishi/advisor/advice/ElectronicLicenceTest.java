package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice.MaterialView;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A material the government holds is exempt only where its {@code eLicenceWhen} classification holds:
 * the window retrieves the 电子证照 (可调取电子证照核验). Unknown or not holding, it is handed in and the
 * applicant reads when it need not be.
 */
class ElectronicLicenceTest {

    @TempDir
    static Path dir;
    static Ruleset ruleset;

    @BeforeAll
    static void rules() throws IOException {
        for (String d : List.of("themes/t", "matters", "materials", "questions", "common")) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.writeString(dir.resolve("themes/t/hubei.yaml"), """
                id: t
                name: 测试主题
                jurisdiction: 湖北省
                lead: 甲局
                matters:
                  - {id: a, name: 甲事项, department: 甲局}
                """);
        Files.writeString(dir.resolve("themes/t/logic.drl"), """
                package themes.t
                import cn.hubei.yishi.advisor.facts.*;

                rule "适用"
                when
                then
                    insert(new Applies("a", "测试"));
                end
                """);
        Files.writeString(dir.resolve("materials/m.yaml"), """
                materials:
                  - id: cert
                    name: 结婚证
                    eLicence: 结婚证
                    eLicenceSource: 湖北省电子证照库
                    eLicenceWhen: cert-in-hubei
                    eLicenceCondition: 在湖北省内办理结婚登记的
                  - {id: licence, name: 营业执照, eLicence: 电子营业执照}
                  - {id: plan, name: 平面图}
                """);
        Files.writeString(dir.resolve("questions/q.yaml"), """
                questions:
                  - {id: married-in-hubei, text: 是否在湖北省内登记结婚？, type: boolean}
                """);
        Files.writeString(dir.resolve("common/e.drl"), """
                package common.e
                import cn.hubei.yishi.advisor.facts.*;

                rule "要结婚证时问"
                when
                    Requires(material == "cert")
                then
                    insertLogical(new Ask("married-in-hubei"));
                end

                rule "在湖北登记"
                when
                    Answer(key == "married-in-hubei", yes == true)
                then
                    insert(new Flag("cert-in-hubei"));
                end
                """);
        Files.writeString(dir.resolve("matters/a.yaml"), """
                id: a
                name: 甲事项
                requires:
                  - {material: cert, copies: 1}
                  - {material: licence, copies: 1}
                  - {material: plan}
                """);
        ruleset = new RulesetLoader().load(dir);
        assertThat(ruleset.problems()).isEmpty();
    }

    private static Advice advise(Map<String, Object> answers) {
        return new Evaluator(1000).evaluate(ruleset, ruleset.theme("t"), new EvaluationInput(answers, List.of()));
    }

    private static MaterialView material(Advice advice, String id) {
        return advice.materials().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void issuedInHubeiTheWindowRetrievesIt() {
        Advice advice = advise(Map.of("married-in-hubei", true));
        MaterialView cert = material(advice, "cert");
        assertThat(cert.needsSubmission()).isFalse();
        assertThat(cert.retrieved()).isTrue();
        assertThat(cert.provision()).isEqualTo("可调取电子证照核验");
        assertThat(cert.exemptions()).containsExactly("可调取「结婚证」电子证照核验（湖北省电子证照库），免于提交纸质材料");
        assertThat(cert.shares()).isEmpty();
        assertThat(advice.missing()).extracting(Advice.MissingView::id).containsExactly("plan");
    }

    @Test
    void issuedElsewhereItIsHandedIn() {
        Advice advice = advise(Map.of("married-in-hubei", false));
        MaterialView cert = material(advice, "cert");
        assertThat(cert.needsSubmission()).isTrue();
        assertThat(cert.retrieval()).isEqualTo("RETRIEVABLE_IF");
        assertThat(cert.provision()).isEqualTo("申请人提交");
        assertThat(cert.licenceNote()).isEqualTo("在湖北省内办理结婚登记的，可调取「结婚证」电子证照核验（湖北省电子证照库），免于提交；否则请提交纸质材料");
        assertThat(cert.notes()).startsWith(cert.licenceNote());
        assertThat(advice.missing()).extracting(Advice.MissingView::id).containsExactly("cert", "plan");
    }

    @Test
    void unknownItIsHandedInAndTheQuestionIsAsked() {
        Advice advice = advise(Map.of());
        assertThat(material(advice, "cert").needsSubmission()).isTrue();
        assertThat(advice.missing()).extracting(Advice.MissingView::id).contains("cert");
    }

    @Test
    void aLicenceWithoutConditionIsAlwaysRetrieved() {
        MaterialView licence = material(advise(Map.of()), "licence");
        assertThat(licence.retrieved()).isTrue();
        assertThat(licence.exemptions()).containsExactly("可调取「电子营业执照」电子证照核验，免于提交纸质材料");
        assertThat(material(advise(Map.of()), "plan").provision()).isEqualTo("申请人提交");
    }

    @Test
    void aConditionNoRuleInfersIsReportedAtItsLine(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("materials"));
        Files.writeString(other.resolve("materials/m.yaml"), """
                materials:
                  - id: cert
                    name: 结婚证
                    eLicence: 结婚证
                    eLicenceWhen: cert-in-hubie
                """);
        Ruleset broken = new RulesetLoader().load(other);
        assertThat(broken.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("materials/m.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("cert-in-hubie", "没有任何规则推出");
        });
    }
}
