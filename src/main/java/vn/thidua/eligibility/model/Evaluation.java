package vn.thidua.eligibility.model;

import java.time.LocalDate;

/**
 * What is being judged: an annual run for year Y, or a phase run for years A..B, as of reference
 * date R (ngày xét). One per rule session.
 */
public final class Evaluation {
    private final RunKind kind;
    private final int year;
    private final int fromYear;
    private final int toYear;
    private final LocalDate referenceDate;
    private final Integer quota;

    private Evaluation(RunKind kind, int year, int fromYear, int toYear, LocalDate referenceDate, Integer quota) {
        this.kind = kind;
        this.year = year;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.referenceDate = referenceDate;
        this.quota = quota;
    }

    public static Evaluation annual(int year, LocalDate referenceDate) {
        return new Evaluation(RunKind.ANNUAL, year, year, year, referenceDate, null);
    }

    public static Evaluation phase(int fromYear, int toYear, LocalDate referenceDate, int quota) {
        return new Evaluation(RunKind.PHASE, toYear, fromYear, toYear, referenceDate, quota);
    }

    public RunKind getKind() {
        return kind;
    }

    /** The evaluated year Y (for a phase, its last year). */
    public int getYear() {
        return year;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public Integer getQuota() {
        return quota;
    }

    /** The award this evaluation decides. */
    public AwardType getAward() {
        return kind == RunKind.ANNUAL ? AwardType.GIAY_KHEN_CCHC : AwardType.BANG_KHEN_CCHC;
    }

    @Override
    public String toString() {
        return "Evaluation[" + kind + " " + (kind == RunKind.ANNUAL ? year : fromYear + ".." + toYear)
                + " R=" + referenceDate + "]";
    }
}
