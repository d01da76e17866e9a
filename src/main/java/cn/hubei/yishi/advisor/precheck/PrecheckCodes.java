package cn.hubei.yishi.advisor.precheck;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Pre-check codes: 8 characters from 30 that are hard to mistake for one another when read out or
 * handwritten (no 0/O, 1/I/L, U), shown as ABCD-EFGH. 30^8 ≈ 6.6 × 10^11 codes drawn from a secure
 * random source: not guessable, unlike a sequence number.
 */
public final class PrecheckCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrecheckCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a typed text is a pre-check code in form (not whether one was issued). */
    public static boolean isWellFormed(String typed) {
        return normalize(typed).matches("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    }

    /** What a clerk or applicant types, made canonical: case and separators do not matter. */
    public static String normalize(String typed) {
        String plain = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return plain.length() == 8 ? plain.substring(0, 4) + "-" + plain.substring(4) : plain;
    }
}
