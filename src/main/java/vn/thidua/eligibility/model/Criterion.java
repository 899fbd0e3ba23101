package vn.thidua.eligibility.model;

import java.math.BigDecimal;

/** A scored item of the year's CCHC index (tiêu chí / tiêu chí thành phần), e.g. code {@code 1.1.2}. */
public final class Criterion implements Coded {
    private final int year;
    private final String code;
    private final String name;
    private final BigDecimal maxScore;
    private final BigDecimal score;
    private final String unitCode;
    private final String officerCode;

    public Criterion(int year, String code, String name, BigDecimal maxScore, BigDecimal score,
                     String unitCode, String officerCode) {
        this.year = year;
        this.code = code;
        this.name = name;
        this.maxScore = maxScore;
        this.score = score;
        this.unitCode = unitCode;
        this.officerCode = officerCode;
    }

    public int getYear() {
        return year;
    }

    @Override
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public BigDecimal getScore() {
        return score;
    }

    /** The unit responsible for the item. */
    public String getUnitCode() {
        return unitCode;
    }

    /** The officer (person code) responsible for the item, or null. */
    public String getOfficerCode() {
        return officerCode;
    }

    /** Đạt tròn điểm chuẩn: score equals the max score, compared exactly. */
    public boolean isFullScore() {
        return score.compareTo(maxScore) == 0;
    }

    /** True when this item's score/max is strictly higher than the other's, compared exactly. */
    public boolean scoresHigherThan(Criterion other) {
        return Ratio.of(score, maxScore).compareTo(Ratio.of(other.score, other.maxScore)) > 0;
    }

    /** Attainment of a set of items: sum of scores / sum of max scores, kept as an exact ratio. */
    public static Ratio attainment(java.util.Collection<?> items) {
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Object o : items) {
            Criterion c = (Criterion) o;
            score = score.add(c.score);
            max = max.add(c.maxScore);
        }
        return Ratio.of(score, max);
    }

    @Override
    public String toString() {
        return "Criterion[" + year + " " + code + " " + score + "/" + maxScore + "]";
    }
}
