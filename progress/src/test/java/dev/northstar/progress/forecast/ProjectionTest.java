package dev.northstar.progress.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
  static final double Z80 = 1.2815515655446004;

  static double[] noisyLine(int n, double a, double b, double sd, long seed) {
    Random r = new Random(seed);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = a + b * t + sd * r.nextGaussian();
    }
    return y;
  }

  @Test
  void linearModelGivesTheTextbookRegressionPredictionInterval() {
    double[] y = noisyLine(30, 100, 2, 3, 1);
    DailySeries s = DailySeries.of(JAN1, y);
    LocalDate deadline = JAN1.plusDays(39); // t = 39, horizon 10
    Projection p = Projection.of(s, SeriesKind.LEVEL, deadline, ForecastModel.LINEAR);
    // independent least squares
    int n = y.length;
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (int t = 0; t < n; t++) {
      st += t;
      sy += y[t];
      stt += t * t;
      sty += t * y[t];
    }
    double b = (n * sty - st * sy) / (n * stt - st * st);
    double a = (sy - b * st) / n;
    double sse = 0;
    for (int t = 0; t < n; t++) {
      sse += Math.pow(y[t] - a - b * t, 2);
    }
    double tbar = st / n;
    double sxx = stt - n * tbar * tbar;
    double sd = Math.sqrt(sse / (n - 2) * (1 + 1.0 / n + Math.pow(39 - tbar, 2) / sxx));
    ForecastBand band = p.atDeadline();
    assertThat(band.date()).isEqualTo(deadline);
    assertThat(band.point()).isCloseTo(a + b * 39, within(1e-7));
    assertThat(band.upper80()).isCloseTo(a + b * 39 + Z80 * sd, within(1e-7));
    assertThat(band.lower95()).isCloseTo(a + b * 39 - 1.959963984540054 * sd, within(1e-7));
    assertThat(p.bands()).hasSize(10);
    assertThat(p.bands().get(0).date()).isEqualTo(JAN1.plusDays(30));
    assertThat(p.model()).isEqualTo(ForecastModel.LINEAR);
    assertThat(p.aicc()).containsOnlyKeys(ForecastModel.LINEAR);
    assertThat(p.isSimulated()).isFalse();
    assertThat(p.parameters().get("slope")).isCloseTo(b, within(1e-12));
    // P(hit) at the point is one half, at the 80% bounds 10% and 90%
    assertThat(p.probabilityOfReaching(band.point(), TargetSide.AT_LEAST))
        .isCloseTo(0.5, within(1e-7));
    assertThat(p.probabilityOfReaching(band.upper80(), TargetSide.AT_LEAST))
        .isCloseTo(0.1, within(1e-6));
    assertThat(p.probabilityOfReaching(band.upper80(), TargetSide.AT_MOST))
        .isCloseTo(0.9, within(1e-6));
    assertThat(p.reachableWith(0.9, TargetSide.AT_LEAST)).isCloseTo(band.lower80(), within(1e-6));
    assertThat(p.reachableWith(0.9, TargetSide.AT_MOST)).isCloseTo(band.upper80(), within(1e-6));
    assertThat(p.reachableWith(0.5, TargetSide.AT_LEAST)).isCloseTo(band.point(), within(1e-7));
  }

  @Test
  void intervalsWidenWithTheHorizonAndNest() {
    DailySeries s = DailySeries.of(JAN1, noisyLine(60, 500, 1, 5, 2));
    Projection p =
        Projection.of(s, SeriesKind.LEVEL, JAN1.plusDays(120), ForecastModel.DAMPED_TREND);
    double previous = 0;
    for (ForecastBand b : p.bands()) {
      double width = b.upper80() - b.lower80();
      assertThat(width).isGreaterThanOrEqualTo(previous);
      assertThat(b.upper95() - b.lower95()).isGreaterThan(width);
      previous = width;
    }
    assertThat(p.parameters()).containsKeys("alpha", "beta", "phi", "sigma2");
  }

  @Test
  void compoundGrowthIsLogNormal() {
    Random r = new Random(3);
    double[] y = new double[40];
    for (int t = 0; t < y.length; t++) {
      y[t] = 1000 * Math.exp(0.01 * t + 0.02 * r.nextGaussian());
    }
    Projection p =
        Projection.of(
            DailySeries.of(JAN1, y),
            SeriesKind.LEVEL,
            JAN1.plusDays(99),
            ForecastModel.COMPOUND_GROWTH);
    ForecastBand b = p.atDeadline();
    // log-normal: the point is the geometric middle of symmetric bounds
    assertThat(b.point() * b.point())
        .isCloseTo(b.lower80() * b.upper80(), within(1e-6 * b.point() * b.point()));
    assertThat(b.point())
        .isCloseTo(1000 * Math.exp(0.01 * 99), within(0.05 * 1000 * Math.exp(0.99)));
    assertThat(p.probabilityOfReaching(0, TargetSide.AT_LEAST)).isEqualTo(1.0);
    assertThat(p.probabilityOfReaching(-5, TargetSide.AT_MOST)).isEqualTo(0.0);
  }

  @Test
  void weeklyPatternChoosesASeasonalModel() {
    Random r = new Random(4);
    double[] effect = {10, 20, 25, 20, 5, -35, -45};
    double[] y = new double[84];
    for (int t = 0; t < y.length; t++) {
      y[t] = 300 + 0.5 * t + effect[t % 7] + 4 * r.nextGaussian();
    }
    Projection p = Projection.of(DailySeries.of(JAN1, y), SeriesKind.LEVEL, JAN1.plusDays(100));
    assertThat(p.model())
        .isIn(ForecastModel.SEASONAL_ADDITIVE, ForecastModel.SEASONAL_MULTIPLICATIVE);
    assertThat(p.aicc()).containsOnlyKeys(ForecastModel.values());
    assertThat(p.aicc().get(p.model())).isLessThan(p.aicc().get(ForecastModel.LINEAR));
    // the weekday of the deadline (t = 100, 100 % 7 = 2) keeps its effect
    assertThat(p.atDeadline().point()).isCloseTo(300 + 50 + 25, within(15.0));
  }

  @Test
  void cumulativeSeriesIsSimulatedWithTheFixedSeed() {
    Random r = new Random(5);
    double[] total = new double[50];
    double sum = 0;
    for (int t = 0; t < total.length; t++) {
      sum += 10 + 2 * r.nextGaussian();
      total[t] = sum;
    }
    DailySeries s = DailySeries.of(JAN1, total);
    Projection p = Projection.of(s, SeriesKind.CUMULATIVE, JAN1.plusDays(79), ForecastModel.LINEAR);
    Projection again =
        Projection.of(s, SeriesKind.CUMULATIVE, JAN1.plusDays(79), ForecastModel.LINEAR);
    assertThat(p.isSimulated()).isTrue();
    assertThat(again.bands()).isEqualTo(p.bands());
    // the median path adds the fitted line of the 49 increases over the next 30 days
    int n = total.length - 1;
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (int t = 0; t < n; t++) {
      double inc = total[t + 1] - total[t];
      st += t;
      sy += inc;
      stt += t * t;
      sty += t * inc;
    }
    double b = (n * sty - st * sy) / (n * stt - st * st);
    double a = (sy - b * st) / n;
    double expected = sum;
    for (int t = n; t < n + 30; t++) {
      expected += a + b * t;
    }
    assertThat(p.atDeadline().point()).isCloseTo(expected, within(2.0));
    double fraction = p.probabilityOfReaching(p.atDeadline().lower80(), TargetSide.AT_LEAST);
    assertThat(fraction).isCloseTo(0.9, within(0.002));
    assertThat(p.toString())
        .startsWith("Projection[LINEAR, simulated, " + JAN1.plusDays(79) + ": ");
  }

  @Test
  void badInputGetsALocatedError() {
    DailySeries shortSeries = DailySeries.of(JAN1, 1, 2, 3, 4, 5, 6);
    assertThatThrownBy(
            () ->
                Projection.of(
                    shortSeries, SeriesKind.LEVEL, JAN1.plusDays(30), ForecastModel.DAMPED_TREND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DAMPED_TREND needs at least 10 daily values, but the series 2026-01-01..2026-01-06 has 6");
    DailySeries zero = DailySeries.of(JAN1, 5, 6, 0, 8, 9, 10);
    assertThatThrownBy(
            () ->
                Projection.of(
                    zero, SeriesKind.LEVEL, JAN1.plusDays(30), ForecastModel.COMPOUND_GROWTH))
        .hasMessage(
            "COMPOUND_GROWTH is fitted on logarithms and needs positive daily values, but the value on 2026-01-03 is 0.0");
    DailySeries flat = DailySeries.of(JAN1, 5, 6, 6, 8, 9, 10, 11);
    assertThatThrownBy(
            () ->
                Projection.of(
                    flat, SeriesKind.CUMULATIVE, JAN1.plusDays(30), ForecastModel.COMPOUND_GROWTH))
        .hasMessage(
            "COMPOUND_GROWTH is fitted on logarithms and needs positive daily increases, but the increase on 2026-01-03 is 0.0");
    assertThatThrownBy(() -> Projection.of(flat, SeriesKind.LEVEL, JAN1.plusDays(6)))
        .hasMessage(
            "the deadline 2026-01-07 is not after the last value on 2026-01-07: a goal past its deadline has no forecast");
    assertThatThrownBy(() -> Projection.of(flat, SeriesKind.LEVEL, JAN1.plusDays(6 + 3661)))
        .hasMessageContaining("at most 3660 are forecast");
    assertThatThrownBy(
            () -> Projection.of(DailySeries.of(JAN1, 1, 2, 3), SeriesKind.LEVEL, JAN1.plusDays(9)))
        .hasMessageStartingWith("no forecast model fits: LINEAR needs at least 5 daily values");
    Projection ok = Projection.of(flat, SeriesKind.LEVEL, JAN1.plusDays(9));
    assertThatThrownBy(() -> ok.probabilityOfReaching(Double.NaN, TargetSide.AT_LEAST))
        .hasMessage("the target must be finite, but was NaN");
    assertThatThrownBy(() -> ok.reachableWith(1.0, TargetSide.AT_LEAST))
        .hasMessage("the probability must be strictly between 0 and 1, but was 1.0");
    assertThatThrownBy(() -> ok.reachableWith(0.0, TargetSide.AT_MOST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dailySeriesRefusesGapsAndNonFiniteValues() {
    TreeMap<LocalDate, Double> map = new TreeMap<>();
    map.put(JAN1, 1.0);
    map.put(JAN1.plusDays(1), 2.0);
    map.put(JAN1.plusDays(3), 4.0);
    assertThatThrownBy(() -> DailySeries.from(map))
        .hasMessage(
            "a daily series needs a value every day, but 2026-01-03 is missing (the next value is on 2026-01-04)");
    map.remove(JAN1.plusDays(3));
    assertThat(DailySeries.from(map)).isEqualTo(DailySeries.of(JAN1, 1, 2));
    assertThatThrownBy(() -> DailySeries.of(JAN1, 1, Double.NaN))
        .hasMessage("the value on 2026-01-02 is NaN; values must be finite");
    assertThatThrownBy(() -> DailySeries.of(JAN1)).hasMessageContaining("at least one value");
    assertThatThrownBy(() -> DailySeries.from(new TreeMap<>()))
        .hasMessageContaining("at least one value");
    DailySeries s = DailySeries.of(JAN1, 9721.2, 12345.678);
    assertThat(s.toString()).isEqualTo("DailySeries[2026-01-01..2026-01-02, 2 days, last 12,346]");
    assertThat(s.head(1).lastDate()).isEqualTo(JAN1);
    assertThatThrownBy(() -> s.head(3)).hasMessage("head keeps 1 to 2 days, but was asked for 3");
  }

  @Test
  void bandToStringIsRoundedAndBandsMustNest() {
    ForecastBand b = ForecastBand.of(JAN1, 9721.2, 9500.4, 9900.6, 9400, 10050);
    assertThat(b).hasToString("2026-01-01: 9,721 (80%: 9,500..9,901; 95%: 9,400..10,050)");
    assertThat(b.covers80(9500.4)).isTrue();
    assertThat(b.covers80(9900.7)).isFalse();
    assertThat(ForecastBand.of(JAN1, 0.123456, 0.1, 0.2, 0.05, 0.3).toString())
        .isEqualTo("2026-01-01: 0.1235 (80%: 0.1..0.2; 95%: 0.05..0.3)");
    assertThatThrownBy(() -> ForecastBand.of(JAN1, 5, 6, 7, 4, 8))
        .hasMessageContaining("not nested");
    assertThatThrownBy(() -> ForecastBand.of(JAN1, 5, 4, 6, 3, Double.POSITIVE_INFINITY))
        .hasMessageContaining("non-finite");
  }
}
