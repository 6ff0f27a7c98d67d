package dev.northstar.progress.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScorePropertiesTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Strictly ordered bounds, either way round. */
  private static Gen<ScoreBounds> bounds() {
    Gen<BigDecimal> base = Gens.bigDecimals(new BigDecimal("-1000"), new BigDecimal("1000"), 2);
    Gen<BigDecimal> gap = Gens.bigDecimals(new BigDecimal("0.01"), new BigDecimal("500"), 2);
    return Gens.zip(
        Gens.zip(base, gap, gap, (w, g1, g2) -> new BigDecimal[] {w, w.add(g1), w.add(g1).add(g2)}),
        Gens.booleans(),
        (v, higherIsBetter) ->
            higherIsBetter ? ScoreBounds.of(v[2], v[1], v[0]) : ScoreBounds.of(v[0], v[1], v[2]));
  }

  private static Gen<BigDecimal> values() {
    return Gens.bigDecimals(new BigDecimal("-3000"), new BigDecimal("3000"), 2);
  }

  @Test
  void grlSatisfactionStaysInRangeAndRisesInTheBetterDirection() {
    Property.named("GRL satisfaction in [-100, 100], monotone towards the target")
        .forAll(
            bounds(),
            Gens.zip(values(), values(), (a, b) -> new BigDecimal[] {a.min(b), a.max(b)}),
            (bounds, pair) -> {
              BigDecimal low = GrlSatisfaction.of(pair[0], bounds).value();
              BigDecimal high = GrlSatisfaction.of(pair[1], bounds).value();
              assertThat(low).isBetween(HUNDRED.negate(), HUNDRED);
              assertThat(high).isBetween(HUNDRED.negate(), HUNDRED);
              if (bounds.lowerIsBetter()) {
                assertThat(low).isGreaterThanOrEqualTo(high);
              } else {
                assertThat(low).isLessThanOrEqualTo(high);
              }
              assertThat(GrlSatisfaction.of(bounds.threshold(), bounds).value()).isZero();
            });
  }

  @Test
  void okrGradesStayBetweenZeroAndOne() {
    Property.named("OKR grade in [0, 1]; 1 at the target, 0 at the worst value")
        .forAll(
            bounds(),
            values(),
            (bounds, v) -> {
              assertThat(OkrGrade.of(v, bounds).value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
              assertThat(OkrGrade.of(bounds.target(), bounds).value())
                  .isEqualByComparingTo(BigDecimal.ONE);
              assertThat(OkrGrade.of(bounds.worst(), bounds).value()).isZero();
            });
  }
}
