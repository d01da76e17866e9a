package cn.hubei.yishi.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice.MaterialView;
import cn.hubei.yishi.advisor.advice.Advice.Share;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the applicant is told to hand in is what the dispatch sheets send on: one department keeps each
 * original, the others get copies, certificates are handed back, and two people's cards count two.
 */
class OneSetSharesTest {

    @TempDir
    static Path dir;
    static Ruleset ruleset;

    @BeforeAll
    static void rules() throws IOException {
        Files.createDirectories(dir.resolve("themes/t"));
        Files.createDirectories(dir.resolve("matters"));
        Files.createDirectories(dir.resolve("materials"));
        Files.writeString(dir.resolve("themes/t/hubei.yaml"), """
                id: t
                name: 测试主题
                jurisdiction: 湖北省
                lead: 甲局
                matters:
                  - {id: a, name: 甲事项, department: 甲局}
                  - {id: b, name: 乙事项, department: 乙局}
                  - {id: b2, name: 乙二事项, department: 乙局}
                  - {id: c, name: 丙事项, department: 丙局}
                """);
        Files.writeString(dir.resolve("themes/t/logic.drl"), """
                package themes.t
                import cn.hubei.yishi.advisor.facts.*;

                rule "都适用"
                when
                then
                    insert(new Applies("a", "测试"));
                    insert(new Applies("b", "测试"));
                    insert(new Applies("b2", "测试"));
                    insert(new Applies("c", "测试"));
                end
                """);
        Files.writeString(dir.resolve("materials/m.yaml"), """
                materials:
                  - {id: card, name: 身份证, category: 身份证明, returnOriginal: true}
                  - {id: plan, name: 平面图}
                  - {id: lease, name: 租赁合同}
                """);
        Files.writeString(dir.resolve("matters/a.yaml"), """
                id: a
                name: 甲事项
                requires:
                  - {material: card, original: 2, copies: 2, note: 父母双方的身份证}
                  - {material: plan}
                  - {material: lease, original: 1, copies: 1}
                """);
        Files.writeString(dir.resolve("matters/b.yaml"), """
                id: b
                name: 乙事项
                requires:
                  - {material: card}
                  - {material: plan, original: 2}
                  - {material: lease, copies: 1}
                """);
        Files.writeString(dir.resolve("matters/b2.yaml"), """
                id: b2
                name: 乙二事项
                requires:
                  - {material: lease, copies: 2}
                """);
        Files.writeString(dir.resolve("matters/c.yaml"), """
                id: c
                name: 丙事项
                requires:
                  - {material: plan}
                  - {material: lease, copies: 1}
                """);
        ruleset = new RulesetLoader().load(dir);
        assertThat(ruleset.problems()).isEmpty();
    }

    private MaterialView material(String id) {
        Advice advice = new Evaluator(1000).evaluate(ruleset, ruleset.theme("t"),
                new EvaluationInput(Map.of(), List.of()));
        return advice.materials().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> split(MaterialView m) {
        return m.shares().stream().map(s -> s.department() + " " + s.quantity() + " " + s.note()).toList();
    }

    @Test
    void twoPeoplesCardsCountTwoAndAreHandedBack() {
        MaterialView card = material("card");
        assertThat(card.quantity()).isEqualTo("原件2份，复印件2份");
        assertThat(card.notes()).contains("原件经窗口核对后退还", "父母双方的身份证");
        assertThat(split(card)).containsExactly("甲局 复印件2份 原件经综合窗口核对后退还申请人",
                "乙局 — 原件经综合窗口核对后退还申请人");
    }

    @Test
    void oneDepartmentKeepsTheOriginalTheOthersGetCopies() {
        MaterialView plan = material("plan");
        // 乙局 asks two originals: it keeps them; 甲局 and 丙局 would each keep one and get a copy instead.
        assertThat(split(plan)).containsExactly("甲局 复印件1份 原件由乙局留存，本部门收经窗口核对的复印件",
                "乙局 原件2份 留存原件", "丙局 复印件1份 原件由乙局留存，本部门收经窗口核对的复印件");
        assertThat(plan.quantity()).isEqualTo("原件2份，复印件2份");
    }

    @Test
    void theCopiesAskedAddUpToWhatTheDepartmentsReceive() {
        MaterialView lease = material("lease");
        // 乙局's two matters share its papers: the most either asks (2), not the sum.
        assertThat(split(lease)).containsExactly("甲局 复印件1份 原件经综合窗口核对后退还申请人", "乙局 复印件2份 ",
                "丙局 复印件1份 ");
        assertThat(lease.copies()).isEqualTo(lease.shares().stream().mapToInt(Share::copies).sum()).isEqualTo(4);
        assertThat(lease.quantity()).isEqualTo("原件1份，复印件4份");
    }
}
