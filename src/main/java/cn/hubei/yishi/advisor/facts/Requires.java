package cn.hubei.yishi.advisor.facts;

/**
 * A matter requires a material: how many originals (原件) and copies (复印件).
 * Write it with the factories: {@code Requires.original("company-setup", "id-card")},
 * {@code Requires.copy("food-business-licence", "lease-contract", 2)},
 * {@code Requires.originalAndCopy(...)}; add a note with {@code .note("…")}. A count may be a number answer
 * bound in the conditions ({@code Requires.copy("m", "health-certificate", $staff)}).
 */
public final class Requires {
    private final String matter;
    private final String material;
    private final int originals;
    private final int copies;
    private String note = "";

    private Requires(String matter, String material, int originals, int copies) {
        if (originals < 0 || copies < 0 || originals + copies == 0) {
            throw new IllegalArgumentException("a material needs at least one original or copy: " + material);
        }
        this.matter = matter;
        this.material = material;
        this.originals = originals;
        this.copies = copies;
    }

    public static Requires original(String matter, String material) {
        return new Requires(matter, material, 1, 0);
    }

    public static Requires original(String matter, String material, int originals) {
        return new Requires(matter, material, originals, 0);
    }

    public static Requires copy(String matter, String material) {
        return new Requires(matter, material, 0, 1);
    }

    public static Requires copy(String matter, String material, int copies) {
        return new Requires(matter, material, 0, copies);
    }

    /** The original is checked at the window and the copies are kept. */
    public static Requires originalAndCopy(String matter, String material, int copies) {
        return new Requires(matter, material, 1, copies);
    }

    /** Several originals checked and copies kept: both parents' ID cards, 原件2份核对、复印件2份. */
    public static Requires originalAndCopy(String matter, String material, int originals, int copies) {
        if (originals == 0 || copies == 0) {
            throw new IllegalArgumentException("originalAndCopy needs at least one original and one copy: " + material);
        }
        return new Requires(matter, material, originals, copies);
    }

    // A count taken from a number answer ($n : number), e.g. one health certificate per staff member: at least
    // one, whole numbers only, so that a rule need not call methods on the answer.

    public static Requires original(String matter, String material, Number originals) {
        return new Requires(matter, material, count(originals), 0);
    }

    public static Requires copy(String matter, String material, Number copies) {
        return new Requires(matter, material, 0, count(copies));
    }

    public static Requires originalAndCopy(String matter, String material, Number copies) {
        return new Requires(matter, material, 1, count(copies));
    }

    private static int count(Number n) {
        return n == null ? 1 : Math.max(1, n.intValue());
    }

    public Requires note(String text) {
        this.note = text == null ? "" : text;
        return this;
    }

    public String getMatter() {
        return matter;
    }

    public String getMaterial() {
        return material;
    }

    public int getOriginals() {
        return originals;
    }

    public int getCopies() {
        return copies;
    }

    public String getNote() {
        return note;
    }

    @Override
    public String toString() {
        return "Requires[" + matter + " " + material + " " + originals + "/" + copies + "]";
    }
}
