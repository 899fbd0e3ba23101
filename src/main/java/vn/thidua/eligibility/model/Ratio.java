package vn.thidua.eligibility.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction of two decimals. Shares and attainments are compared by cross-multiplying,
 * never by dividing, so 0.8 is exactly 80% and no rounding decides a borderline case.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) implements Comparable<Ratio> {

    public Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    @Override
    public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** Exact comparison with a decimal threshold such as 0.80. */
    public boolean atLeast(BigDecimal threshold) {
        return numerator.compareTo(threshold.multiply(denominator)) >= 0;
    }

    public boolean greaterThan(Ratio o) {
        return compareTo(o) > 0;
    }

    /** For display only: the value rounded to {@code digits} significant decimals. */
    public BigDecimal approximate(int scale) {
        return numerator.divide(denominator, new MathContext(34)).setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
