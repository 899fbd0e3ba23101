package vn.thidua.eligibility.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/** Ratio against exact arithmetic: BigInteger fractions, and BigDecimal division where it terminates. */
class RatioTest {

    @Provide
    Arbitrary<BigDecimal> numerators() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3)
                .edgeCases(edges -> edges.add(BigDecimal.ZERO));
    }

    @Provide
    Arbitrary<BigDecimal> denominators() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3);
    }

    /** 2^i · 5^j at any scale: dividing by these terminates, so BigDecimal can divide exactly. */
    @Provide
    Arbitrary<BigDecimal> terminatingDenominators() {
        return Arbitraries.integers().between(0, 12).flatMap(twos -> Arbitraries.integers().between(0, 8)
                .flatMap(fives -> Arbitraries.integers().between(0, 4).map(scale ->
                        new BigDecimal(BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives)), scale))));
    }

    @Provide
    Arbitrary<BigDecimal> thresholds() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("2")).ofScale(2);
    }

    /** The sign of a/b − c/d in integers: numerators and denominators brought to one scale, then cross-multiplied. */
    private static int exactSign(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        int scale = Math.max(Math.max(a.scale(), b.scale()), Math.max(c.scale(), d.scale()));
        return integer(a, scale).multiply(integer(d, scale)).subtract(integer(c, scale).multiply(integer(b, scale))).signum();
    }

    private static BigInteger integer(BigDecimal value, int scale) {
        return value.setScale(scale).unscaledValue();
    }

    @Property
    void comparesLikeExactFractions(@ForAll("numerators") BigDecimal a, @ForAll("denominators") BigDecimal b,
                                    @ForAll("numerators") BigDecimal c, @ForAll("denominators") BigDecimal d) {
        assertThat(Integer.signum(Ratio.of(a, b).compareTo(Ratio.of(c, d)))).isEqualTo(exactSign(a, b, c, d));
    }

    @Property
    void aFractionEqualsItsExpansionSo08IsExactly80Percent(@ForAll("numerators") BigDecimal a,
                                                            @ForAll("denominators") BigDecimal b,
                                                            @ForAll @IntRange(min = 1, max = 1000) int k) {
        Ratio expanded = Ratio.of(a.multiply(BigDecimal.valueOf(k)), b.multiply(BigDecimal.valueOf(k)));
        assertThat(Ratio.of(a, b).compareTo(expanded)).isZero();
        assertThat(Ratio.of(a, b).greaterThan(expanded)).isFalse();
    }

    @Property
    void isAntisymmetric(@ForAll("numerators") BigDecimal a, @ForAll("denominators") BigDecimal b,
                         @ForAll("numerators") BigDecimal c, @ForAll("denominators") BigDecimal d) {
        Ratio x = Ratio.of(a, b);
        Ratio y = Ratio.of(c, d);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        assertThat(x.greaterThan(y)).isEqualTo(x.compareTo(y) > 0);
    }

    @Property
    void atLeastAgreesWithExactDivision(@ForAll("numerators") BigDecimal a,
                                        @ForAll("terminatingDenominators") BigDecimal b,
                                        @ForAll("thresholds") BigDecimal threshold) {
        BigDecimal quotient = a.divide(b); // exact: throws if the expansion did not terminate
        assertThat(Ratio.of(a, b).atLeast(threshold)).isEqualTo(quotient.compareTo(threshold) >= 0);
    }

    /** A quotient right at the threshold is at least it: no rounding decides a borderline case. */
    @Property
    void theThresholdItselfIsAtLeastTheThreshold(@ForAll("thresholds") BigDecimal threshold,
                                                 @ForAll("terminatingDenominators") BigDecimal b) {
        assertThat(Ratio.of(threshold.multiply(b), b).atLeast(threshold)).isTrue();
        assertThat(Ratio.of(threshold.multiply(b).subtract(new BigDecimal("1E-9")), b).atLeast(threshold)).isFalse();
    }

    @Property
    void approximateIsTheExactQuotientRounded(@ForAll("numerators") BigDecimal a,
                                              @ForAll("terminatingDenominators") BigDecimal b,
                                              @ForAll @IntRange(min = 0, max = 6) int scale) {
        assertThat(Ratio.of(a, b).approximate(scale)).isEqualTo(a.divide(b).setScale(scale, RoundingMode.HALF_UP));
    }
}
