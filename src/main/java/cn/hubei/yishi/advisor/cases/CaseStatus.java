package cn.hubei.yishi.advisor.cases;

/** Where a case stands; every status but {@link #OPEN} is a verdict the clerk gave. */
public enum CaseStatus {
    OPEN("预审中", false),
    CORRECTION("需补正", false),
    ACCEPTED("可受理", true),
    ACCEPTED_WITH_WAIVER("容缺受理", true),
    REJECTED("不予受理", false);

    private final String label;
    private final boolean accepted;

    CaseStatus(String label, boolean accepted) {
        this.label = label;
        this.accepted = accepted;
    }

    public String label() {
        return label;
    }

    /** Accepted: the dispatch sheets exist. */
    public boolean accepted() {
        return accepted;
    }

    /** No more verdicts: accepted or refused. Materials for a 容缺受理 may still come in. */
    public boolean decided() {
        return accepted || this == REJECTED;
    }

    public boolean isVerdict() {
        return this != OPEN;
    }
}
