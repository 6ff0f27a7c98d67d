package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which months a history keeps, and how it sums or takes the last value of each. */
class MonthlyHistoryTest {

  private static final LocalDate REF = LocalDate.of(2026, 5, 15);

  private static MetricSeries series(String... points) {
    List<Observation> obs = new ArrayList<>();
    for (String p : points) {
      int eq = p.indexOf('=');
      obs.add(
          Observation.of(LocalDate.parse(p.substring(0, eq)), new BigDecimal(p.substring(eq + 1))));
    }
    return MetricSeries.of(CoreMetrics.FOLLOWERS, Scope.unspecified(), obs);
  }

  private static List<BigDecimal> values(MonthlyHistory h) {
    return h.values();
  }

  @Test
  void aSnapshotKeepsTheReferenceMonthAndTheMonthsBeforeItUpToTheReferenceDate() {
    // 3 months before May 2026: February to May; January is one too many
    MonthlyHistory h =
        MonthlyHistory.of(
            series(
                "2026-01-31=1",
                "2026-02-01=2",
                "2026-03-10=3",
                "2026-04-10=4",
                "2026-05-15=5",
                "2026-05-16=6"),
            false,
            REF,
            3);
    assertThat(values(h)).containsExactly(bd(2), bd(3), bd(4), bd(5));
    assertThat(h.latest()).isEqualByComparingTo("5");
  }

  @Test
  void aSnapshotTakesTheLastValueOfAMonth() {
    MonthlyHistory h =
        MonthlyHistory.of(series("2026-04-01=10", "2026-04-20=30", "2026-04-30=20"), false, REF, 3);
    assertThat(values(h)).containsExactly(bd(20));
  }

  @Test
  void anAdditiveMetricSumsTheCompleteMonthsBeforeTheReferenceMonth() {
    // 3 complete months before May 2026: February to April
    MonthlyHistory h =
        MonthlyHistory.of(
            series(
                "2026-01-31=1",
                "2026-02-01=2",
                "2026-02-28=3",
                "2026-03-10=4",
                "2026-04-10=5",
                "2026-04-30=6",
                "2026-05-01=7"),
            true,
            REF,
            3);
    assertThat(values(h)).containsExactly(bd(5), bd(4), bd(11));
    assertThat(h.latest()).isEqualByComparingTo("11");
  }

  @Test
  void anEmptyHistoryHasNoLatestValue() {
    MonthlyHistory h = MonthlyHistory.of(series("2020-01-01=5"), false, REF, 3);
    assertThat(values(h)).isEmpty();
    assertThat(h.latest()).isNull();
    assertThat(h.gains()).isEmpty();
    assertThat(h.rates()).isEmpty();
  }

  @Test
  void gainsAndRatesAreBetweenConsecutiveMonthsOnly() {
    MonthlyHistory h =
        MonthlyHistory.of(
            series("2026-01-31=100", "2026-02-28=150", "2026-04-30=300", "2026-05-15=240"),
            false,
            REF,
            6);
    assertThat(h.gains()).containsExactly(50.0, -60.0);
    assertThat(h.rates()).hasSize(2);
    assertThat(h.rates().get(0)).isCloseTo(0.5, within(1e-12));
    assertThat(h.rates().get(1)).isCloseTo(-0.2, within(1e-12));
  }

  @Test
  void ratesSkipMonthsStartingFromZeroOrBelow() {
    MonthlyHistory h =
        MonthlyHistory.of(
            series("2026-02-28=-5", "2026-03-31=0", "2026-04-30=10", "2026-05-15=20"),
            false,
            REF,
            6);
    assertThat(h.gains()).containsExactly(5.0, 10.0, 10.0);
    assertThat(h.rates())
        .singleElement()
        .satisfies(r -> assertThat(r).isCloseTo(1.0, within(1e-12)));
  }

  @Test
  void hugeAmountsAreClampedToFiniteNumbers() {
    assertThat(Growth.finite(1e305)).isEqualTo(1e300);
    assertThat(Growth.finite(Double.POSITIVE_INFINITY)).isEqualTo(1e300);
    assertThat(Growth.finite(-1e305)).isEqualTo(-1e300);
    assertThat(Growth.finite(12.5)).isEqualTo(12.5);
  }

  private static BigDecimal bd(long v) {
    return BigDecimal.valueOf(v);
  }
}
