package dev.northstar.progress;

import static dev.northstar.progress.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Forecasts beyond the seed examples: noisy data and the cases without a forecast. */
class ForecastTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 1, 31);

  private static Goal goal(Target target) {
    return Goal.builder(GoalId.of("g"), "a goal")
        .metric(CoreMetrics.FOLLOWERS)
        .target(target)
        .baseline(Baseline.of(100, START))
        .period(DateRange.of(START, END))
        .build();
  }

  @Test
  void theLeastSquaresLineIsFittedToNoisyPoints() {
    // Points (0, 100), (1, 104), (2, 102), (3, 110): mean x 1.5, mean y 104;
    // sxy = (-1.5)(-4) + (-0.5)(0) + (0.5)(-2) + (1.5)(6) = 14, sxx = 5: slope 2.8,
    // intercept 104 - 2.8 * 1.5 = 99.8; at day 30: 99.8 + 84 = 183.8.
    MetricSeries s =
        Fixtures.of(
            CoreMetrics.FOLLOWERS,
            Observation.of(START, 100),
            Observation.of(START.plusDays(1), 104),
            Observation.of(START.plusDays(2), 102),
            Observation.of(START.plusDays(3), 110));
    Forecast f = Forecast.of(goal(Target.increaseTo(dec("150"))), s, START.plusDays(3));
    assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(2.8, within(1e-12));
    assertThat(f.projectedAtDeadline().orElseThrow().doubleValue()).isCloseTo(183.8, within(1e-9));
    // 99.8 + 2.8 d >= 150 from d = 17.93: day 18, 19 January.
    assertThat(f.projectedReachDate()).contains(LocalDate.of(2026, 1, 19));
    assertThat(f.reachesTargetByDeadline()).contains(true);
  }

  @Test
  void oneObservationIsTooFewForATrend() {
    MetricSeries s = Fixtures.of(CoreMetrics.FOLLOWERS, Observation.of(START, 100));
    Forecast f = Forecast.of(goal(Target.doubling()), s, END);
    assertThat(f.notes()).containsExactly(ForecastNote.TOO_FEW_OBSERVATIONS);
    assertThat(f.projectedAtDeadline()).isEmpty();
    assertThat(f.projectedReachDate()).isEmpty();
    assertThat(f.reachesTargetByDeadline()).isEmpty();
    assertThat(f.targetValue()).contains(dec("200"));
  }

  @Test
  void aTrendAwayFromTheTargetNeverReachesIt() {
    MetricSeries falling =
        Fixtures.daily(CoreMetrics.FOLLOWERS, START, START.plusDays(9), d -> dec("" + (100 - d)));
    Forecast f = Forecast.of(goal(Target.doubling()), falling, START.plusDays(9));
    assertThat(f.projectedReachDate()).isEmpty();
    assertThat(f.notes()).containsExactly(ForecastNote.TREND_NEVER_REACHES_TARGET);
    assertThat(f.reachesTargetByDeadline()).contains(false);
    // 100 - 30 = 70 on the deadline.
    assertThat(f.projectedAtDeadline().orElseThrow().doubleValue()).isCloseTo(70, within(1e-9));
  }

  @Test
  void aFlatTrendNeverReachesTheTarget() {
    MetricSeries flat = Fixtures.constant(CoreMetrics.FOLLOWERS, START, START.plusDays(5), 100);
    Forecast f = Forecast.of(goal(Target.doubling()), flat, START.plusDays(5));
    assertThat(f.trendPerDay().orElseThrow().signum()).isZero();
    assertThat(f.notes()).containsExactly(ForecastNote.TREND_NEVER_REACHES_TARGET);
  }

  @Test
  void aVerySlowTrendIsBeyondTheHorizon() {
    // 0.001 a day: 100 more takes 100,000 days, over 273 years.
    MetricSeries slow =
        Fixtures.daily(
            CoreMetrics.FOLLOWERS,
            START,
            START.plusDays(9),
            d -> dec("100").add(dec("0.001").multiply(dec("" + d))));
    Forecast f = Forecast.of(goal(Target.doubling()), slow, START.plusDays(9));
    assertThat(f.projectedReachDate()).isEmpty();
    assertThat(f.notes()).containsExactly(ForecastNote.BEYOND_HORIZON);
    assertThat(f.reachesTargetByDeadline()).contains(false);
  }

  @Test
  void compoundGrowthRefusesNonPositiveValues() {
    MetricSeries withZero =
        Fixtures.of(
            CoreMetrics.FOLLOWERS, Observation.of(START, 0), Observation.of(START.plusDays(1), 5));
    Forecast f =
        Forecast.of(goal(Target.doubling()), withZero, END, ForecastMethod.COMPOUND_GROWTH);
    assertThat(f.notes()).containsExactly(ForecastNote.NON_POSITIVE_VALUES);
    assertThat(f.trendPerDay()).isEmpty();
  }

  @Test
  void aBandHasNoDateToReach() {
    MetricSeries s = Fixtures.constant(CoreMetrics.FOLLOWERS, START, START.plusDays(3), 50);
    Forecast f = Forecast.of(goal(Target.stayBelow(dec("60"))), s, START.plusDays(3));
    assertThat(f.notes()).containsExactly(ForecastNote.NO_TARGET_VALUE);
    assertThat(f.projectedAtDeadline().orElseThrow().doubleValue()).isCloseTo(50, within(1e-9));
    assertThat(f.reachesTargetByDeadline()).isEmpty();
  }

  @Test
  void withoutDeadlineThereIsNoProjectionAtIt() {
    Goal g =
        Goal.builder(GoalId.of("g"), "reach 200")
            .metric(CoreMetrics.FOLLOWERS)
            .target(Target.increaseTo(dec("200")))
            .build();
    MetricSeries s =
        Fixtures.daily(
            CoreMetrics.FOLLOWERS, START, START.plusDays(4), d -> dec("" + (100 + 10 * d)));
    Forecast f = Forecast.of(g, s, START.plusDays(4));
    assertThat(f.notes()).containsExactly(ForecastNote.NO_DEADLINE);
    assertThat(f.projectedAtDeadline()).isEmpty();
    // 100 + 10 d >= 200 at day 10.
    assertThat(f.projectedReachDate()).contains(START.plusDays(10));
    assertThat(f.reachesTargetByDeadline()).isEmpty();
  }

  @Test
  void observationsAfterTheReferenceDateAreNotUsed() {
    MetricSeries s = Fixtures.constant(CoreMetrics.FOLLOWERS, START, END, 100);
    assertThat(Forecast.of(goal(Target.doubling()), s, START.plusDays(4)).observationsUsed())
        .isEqualTo(5);
  }
}
