package cn.hubei.yishi.advisor.cases;

/** Valid (checksummed) but made-up ID numbers for tests. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private IdNumbers() {
    }

    /** An ID number from 天门 (429006) born on the given yyyyMMdd, with sequence {@code seq} (0–999). */
    static String valid(String born, int seq) {
        String base = "429006" + born + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * WEIGHTS[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }
}
