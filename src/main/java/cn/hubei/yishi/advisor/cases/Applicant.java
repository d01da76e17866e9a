package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.hubei.yishi.advisor.advice.FreeText;
import cn.hubei.yishi.advisor.advice.InvalidInputException;

/**
 * The person applying. The ID number (居民身份证号码) is personal information: lists, logs and printed
 * notices show it masked; only the case page shows it whole, to the clerk checking the card.
 */
public record Applicant(String name, String idNumber, String phone) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Checks what a clerk typed and makes it canonical; a wrong field is named as {@code applicant.<field>}. */
    public static Applicant of(String name, String idNumber, String phone) {
        Map<String, String> problems = problems(name, idNumber, phone);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), first.getValue());
        }
        return new Applicant(name.strip(), canonicalId(idNumber), canonicalPhone(phone));
    }

    /** Everything wrong with what a clerk typed, by field ({@code applicant.<field>}), in the form's order. */
    public static Map<String, String> problems(String name, String idNumber, String phone) {
        Map<String, String> problems = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.put("applicant.name", "请填写申请人姓名");
        } else {
            try {
                FreeText.check("applicant.name", "申请人姓名", n);
                if (n.length() > 50) {
                    problems.put("applicant.name", "申请人姓名不能超过 50 个字");
                }
            } catch (InvalidInputException e) {
                problems.put(e.field(), e.getMessage());
            }
        }
        String id = canonicalId(idNumber);
        if (id.isEmpty()) {
            problems.put("applicant.idNumber", "请填写申请人的居民身份证号码");
        } else if (!validIdNumber(id)) {
            problems.put("applicant.idNumber",
                    "居民身份证号码应为 18 位（最后一位可为 X），且出生日期和校验位正确，请核对证件");
        }
        if (!PHONE.matcher(canonicalPhone(phone)).matches()) {
            problems.put("applicant.phone", "请填写 11 位手机号码，或带区号的固定电话（如 0728-5221234）");
        }
        return problems;
    }

    private static String canonicalId(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    private static String canonicalPhone(String phone) {
        return phone == null ? "" : phone.strip().replace(" ", "");
    }

    /** GB 11643-1999: 17 digits with a valid birth date, then the check character. */
    static boolean validIdNumber(String id) {
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.parse(id.substring(6, 14), BIRTH);
            if (born.isAfter(LocalDate.now()) || born.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** 420982********1234: the region and the last four, as on a bank's receipt. */
    public String maskedIdNumber() {
        return mask(idNumber);
    }

    static String mask(String id) {
        if (id == null || id.length() < 10) {
            return "****";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Logs never carry the whole ID number. */
    @Override
    public String toString() {
        return "Applicant[" + name + ", " + maskedIdNumber() + "]";
    }
}
