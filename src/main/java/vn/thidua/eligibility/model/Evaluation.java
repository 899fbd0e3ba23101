package vn.thidua.eligibility.model;

import java.time.LocalDate;

/**
 * What is being judged: an annual run for year Y, or a phase run for years A..B, as of reference
 * date R (ngày xét). One per rule session.
 */
public final class Evaluation {
    /**
     * The longest phase accepted, in years: the movement's period (2021–2030). Input validation of
     * runs and scenarios, not a condition of the award: the rules and parameters decide those.
     */
    public static final int MAX_PHASE_YEARS = 10;
    /** The years a run, a scenario or a simulation may judge or be considered in: what a run's record holds. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final RunKind kind;
    private final int year;
    private final int fromYear;
    private final int toYear;
    private final LocalDate referenceDate;
    private final Integer quota;
    private final boolean ranking;

    private Evaluation(RunKind kind, int year, int fromYear, int toYear, LocalDate referenceDate, Integer quota,
                       boolean ranking) {
        this.kind = kind;
        this.year = year;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.referenceDate = referenceDate;
        this.quota = quota;
        this.ranking = ranking;
    }

    public static Evaluation annual(int year, LocalDate referenceDate) {
        return new Evaluation(RunKind.ANNUAL, year, year, year, referenceDate, null, false);
    }

    public static Evaluation phase(int fromYear, int toYear, LocalDate referenceDate, int quota) {
        return new Evaluation(RunKind.PHASE, toYear, fromYear, toYear, referenceDate, quota, false);
    }

    /**
     * The same phase evaluation for its second session, which ranks the qualified people's merits
     * against the quota. Qualification is judged group by group; ranking needs everyone at once.
     */
    public Evaluation forRanking() {
        if (kind != RunKind.PHASE) {
            throw new IllegalStateException("only a phase evaluation ranks: " + this);
        }
        return new Evaluation(kind, year, fromYear, toYear, referenceDate, quota, true);
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

    /** True in a phase run's ranking session, false while people are judged one group at a time. */
    public boolean isRanking() {
        return ranking;
    }

    /** The award this evaluation decides. */
    public AwardType getAward() {
        return kind == RunKind.ANNUAL ? AwardType.GIAY_KHEN_CCHC : AwardType.BANG_KHEN_CCHC;
    }

    @Override
    public String toString() {
        return "Evaluation[" + kind + " " + (kind == RunKind.ANNUAL ? year : fromYear + ".." + toYear)
                + " R=" + referenceDate + (ranking ? " ranking, quota " + quota : "") + "]";
    }
}
