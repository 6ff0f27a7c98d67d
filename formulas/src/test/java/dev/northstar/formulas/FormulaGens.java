package dev.northstar.formulas;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Generators of formula values for property tests, built on the seeded harness of {@code
 * test-support}.
 *
 * <p>{@code typical...} generators stay at a few digits so that merging many values stays within
 * the 60-digit limit of {@link Ratio}; {@link #ratios()} covers the whole accepted domain, edges
 * included.
 */
public final class FormulaGens {

  private static final BigDecimal TYPICAL_MAX = new BigDecimal("1000000");

  private static final List<MetricId> MEASURES =
      List.of(
          CoreMetrics.LIKES,
          CoreMetrics.COMMENTS,
          CoreMetrics.SHARES,
          CoreMetrics.REACH,
          MetricId.of("acme.redemptions"),
          MetricId.of("a-b"),
          MetricId.of("x"));

  private FormulaGens() {}

  /**
   * Denominators and numerators of a few digits and up to 4 decimals; denominators include zero.
   *
   * @return the generator
   */
  public static Gen<Ratio> typicalRatios() {
    Gen<BigDecimal> numerators =
        Gens.choose(
            Gens.bigDecimals(TYPICAL_MAX.negate(), TYPICAL_MAX, 0),
            Gens.bigDecimals(TYPICAL_MAX.negate(), TYPICAL_MAX, 4));
    Gen<BigDecimal> denominators =
        Gens.frequency(
            10,
            Gens.constant(BigDecimal.ZERO),
            Gens.choose(
                Gens.bigDecimals(BigDecimal.ZERO, TYPICAL_MAX, 0),
                Gens.bigDecimals(BigDecimal.ZERO, TYPICAL_MAX, 3)));
    return Gens.zip(numerators, denominators, Ratio::of);
  }

  /**
   * Ratios over the whole accepted domain: up to 60 digits before and 60 after the point.
   *
   * @return the generator
   */
  public static Gen<Ratio> ratios() {
    BigDecimal max = BigDecimal.TEN.pow(60).subtract(BigDecimal.ONE);
    Gen<Integer> scales = Gens.ints(0, 60);
    Gen<BigDecimal> any =
        scales.flatMap(
            scale ->
                Gens.frequency(
                    30,
                    Gens.bigDecimals(max.negate(), max, scale),
                    Gens.bigDecimals(new BigDecimal("-1000"), new BigDecimal("1000"), scale)));
    return Gens.zip(any, any.map(BigDecimal::abs), Ratio::of);
  }

  /**
   * Typical money ratios in one of a few currencies.
   *
   * @return the generator
   */
  public static Gen<MoneyRatio> typicalMoneyRatios() {
    return Gens.zip(
        typicalRatios(),
        Gens.elements(
            List.of(
                Currency.getInstance("USD"),
                Currency.getInstance("JPY"),
                Currency.getInstance("EUR"))),
        MoneyRatio::of);
  }

  /**
   * Linear sums of 1 to 5 terms over a few measures, with coefficients up to the range of long.
   *
   * @return the generator
   */
  public static Gen<LinearSum> linearSums() {
    Gen<Long> coefficients =
        Gens.choose(Gens.longs(-5, 5), Gens.longs(Long.MIN_VALUE + 2, Long.MAX_VALUE));
    Gen<LinearSum> one =
        Gens.zip(
            Gens.elements(MEASURES),
            coefficients.filter(c -> c != 0),
            (m, c) -> LinearSum.of(m).plus(m, c - 1));
    return Gens.listOf(one, 1, 5)
        .map(
            parts -> {
              LinearSum sum = parts.get(0);
              for (LinearSum part : parts.subList(1, parts.size())) {
                for (var term : part.terms().entrySet()) {
                  try {
                    sum = sum.plus(term.getKey(), term.getValue());
                  } catch (IllegalArgumentException cancelledOrOverflowed) {
                    // Keep the sum as it was: generating valid sums directly is simpler this way.
                  }
                }
              }
              return sum;
            });
  }
}
