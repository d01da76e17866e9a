package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hubei.yishi.advisor.advice.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApplicantTest {

    @Test
    void anIdNumberMustHaveAValidBirthDateAndCheckCharacter() {
        String id = IdNumbers.valid("19900101", 1);
        assertThat(Applicant.of(" 张三 ", id.toLowerCase(), "138 0000 1111"))
                .isEqualTo(new Applicant("张三", id, "13800001111"));
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> Applicant.of("张三", wrongCheck, "13800001111"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("applicant.idNumber"));
        assertThatThrownBy(() -> Applicant.of("张三", IdNumbers.valid("19900230", 1), "13800001111"))
                .as("30 February").isInstanceOf(InvalidInputException.class);
        assertThat(Applicant.of("张三", id, "0728-5221234").phone()).isEqualTo("0728-5221234");
    }

    @Test
    void listsAndLogsSeeTheIdNumberMasked() {
        Applicant a = Applicant.of("张三", IdNumbers.valid("19900101", 2), "13800001111");
        assertThat(a.maskedIdNumber()).matches("429006\\*{8}\\d{3}[\\dX]");
        assertThat(a.toString()).doesNotContain(a.idNumber()).contains(a.maskedIdNumber());
    }
}
