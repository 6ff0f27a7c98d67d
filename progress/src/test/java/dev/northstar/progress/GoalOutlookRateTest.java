package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.ForecastBand;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rate goal's outlook forecasts its window's value: the ratio of the window's sums on each day,
 * as a level, to the deadline. The expected series is built here from the daily engagements and
 * reach by plain arithmetic.
 */
class GoalOutlookRateTest {

  private static final MetricId ERR = MetricId.of("err");
  private static final LocalDate FIRST = LocalDate.of(2025, 12, 20);
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
  private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, TODAY) + 1;

  /** Engagements on day d from FIRST: a weekly pattern on a slow rise, and some scatter. */
  private static long engagements(int d) {
    return 50 + 3L * (d % 7) + d / 4 + (37L * d) % 23;
  }

  /** A target near the forecast at the deadline, so that P(hit) is neither 0 nor 1. */
  private static BigDecimal near(Projection p) {
    return BigDecimal.valueOf(p.atDeadline().point()).setScale(3, java.math.RoundingMode.HALF_EVEN);
  }

  /** Reach on day d from FIRST. */
  private static long reach(int d) {
    return 1_000 + 20L * (d % 3);
  }

  private static MetricSeries series(MetricId metric, boolean numerator) {
    List<Observation> obs = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      long v = numerator ? engagements(d) : reach(d);
      obs.add(Observation.of(FIRST.plusDays(d), BigDecimal.valueOf(v)));
    }
    return MetricSeries.of(metric, Scope.of(Platform.FACEBOOK), obs);
  }

  private static Goal.Builder goal(Target target, Window window) {
    return Goal.builder(GoalId.of("err"), "Engagement rate")
        .metric(ERR)
        .scope(Scope.of(Platform.FACEBOOK))
        .target(target)
        .window(window)
        .start(START)
        .deadline(DEADLINE);
  }

  private static GoalMeasure measure(Goal goal) {
    return GoalMeasure.ofRate(
        goal,
        ERR,
        series(CoreMetrics.ENGAGEMENTS, true),
        series(CoreMetrics.REACH, false),
        BigDecimal.ONE);
  }

  private static Optional<GoalOutlook> outlook(Goal goal) {
    GoalMeasure m = measure(goal);
    return GoalOutlook.of(m, GoalProgress.of(m, TODAY), TODAY);
  }

  /** The trailing-7-day ratio of sums on each day from the start to today. */
  private static double[] trailingSeven() {
    int from = (int) ChronoUnit.DAYS.between(FIRST, START);
    double[] out = new double[DAYS - from];
    for (int d = from; d < DAYS; d++) {
      double num = 0;
      double den = 0;
      for (int k = d - 6; k <= d; k++) {
        num += engagements(k);
        den += reach(k);
      }
      out[d - from] = num / den;
    }
    return out;
  }

  @Test
  void aTrailingWindowsRatioIsForecastAsALevel() {
    double[] expected = trailingSeven();
    assertThat(expected).hasSize(90);
    Projection p = Projection.of(DailySeries.of(START, expected), SeriesKind.LEVEL, DEADLINE);
    BigDecimal target = near(p);
    Goal g =
        goal(Target.increaseTo(target), Window.trailingDays(7))
            .baseline(Baseline.of(new BigDecimal("0.05"), START))
            .build();
    double hit = p.probabilityOfReaching(target.doubleValue(), TargetSide.AT_LEAST);
    assertThat(hit).isBetween(0.01, 0.99);

    GoalOutlook o = outlook(g).orElseThrow();

    assertThat(o.projection().kind()).isEqualTo(SeriesKind.LEVEL);
    assertThat(o.days()).isEqualTo(90);
    assertThat(o.side()).isEqualTo(TargetSide.AT_LEAST);
    assertThat(o.target()).isEqualTo(target.doubleValue());
    assertThat(o.projection().model()).isEqualTo(p.model());
    assertThat(o.probability()).isCloseTo(hit, within(1e-9));
    ForecastBand b = o.atDeadline();
    assertThat(b.date()).isEqualTo(DEADLINE);
    assertThat(b.point()).isCloseTo(p.atDeadline().point(), within(1e-9));
    assertThat(b.lower80()).isCloseTo(p.atDeadline().lower80(), within(1e-9));
    assertThat(b.upper80()).isCloseTo(p.atDeadline().upper80(), within(1e-9));
    // a ratio's range is not printed as 0..0
    assertThat(o.toString())
        .contains(
            "80% at 2026-06-30: "
                + new BigDecimal(b.lower80()).round(new MathContext(3)).toPlainString()
                + "..");
  }

  @Test
  void theWindowsValuesGiveTheSameOutlookAsTheNumeratorAndDenominator() {
    double[] expected = trailingSeven();
    Projection p = Projection.of(DailySeries.of(START, expected), SeriesKind.LEVEL, DEADLINE);
    BigDecimal target = near(p);
    // from a baseline above the target: less is better
    Goal g =
        goal(Target.decreaseTo(target), Window.trailingDays(7))
            .baseline(Baseline.of(new BigDecimal("0.5"), START))
            .build();
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      obs.add(
          Observation.of(START.plusDays(i), new BigDecimal(expected[i], MathContext.DECIMAL64)));
    }
    MetricSeries windowValues = MetricSeries.of(ERR, Scope.of(Platform.FACEBOOK), obs);

    GoalOutlook fromValues = GoalOutlook.ofRate(g, windowValues, TODAY).orElseThrow();
    GoalOutlook fromSums = outlook(g).orElseThrow();

    assertThat(fromValues.side()).isEqualTo(TargetSide.AT_MOST);
    assertThat(fromSums.side()).isEqualTo(TargetSide.AT_MOST);
    double hit = p.probabilityOfReaching(target.doubleValue(), TargetSide.AT_MOST);
    assertThat(hit).isBetween(0.01, 0.99);
    assertThat(fromValues.probability()).isCloseTo(hit, within(1e-9));
    assertThat(fromSums.probability()).isCloseTo(hit, within(1e-9));
    assertThat(fromValues.days()).isEqualTo(90);
  }

  @Test
  void theRatioOfTheSumsSinceTheStartIsForecastForAPeriodGoal() {
    int from = (int) ChronoUnit.DAYS.between(FIRST, START);
    double[] expected = new double[DAYS - from];
    double num = 0;
    double den = 0;
    for (int d = from; d < DAYS; d++) {
      num += engagements(d);
      den += reach(d);
      expected[d - from] = num / den;
    }
    Projection p = Projection.of(DailySeries.of(START, expected), SeriesKind.LEVEL, DEADLINE);
    BigDecimal target = near(p);
    Goal g = goal(Target.increaseTo(target), Window.period()).build();
    GoalOutlook o = outlook(g).orElseThrow();
    double hit = p.probabilityOfReaching(target.doubleValue(), TargetSide.AT_LEAST);
    assertThat(hit).isBetween(0.01, 0.99);
    assertThat(o.probability()).isCloseTo(hit, within(1e-9));
    assertThat(o.atDeadline().upper80()).isCloseTo(p.atDeadline().upper80(), within(1e-9));
  }

  @Test
  void aRateThatStartsAgainWithEachWindowHasNoOutlook() {
    for (Window w : List.of(Window.perWeek(), Window.perMonth(), Window.perQuarter())) {
      Goal g = goal(Target.increaseTo(new BigDecimal("0.07")), w).build();
      assertThat(outlook(g)).as(w.toString()).isEmpty();
      assertThat(GoalOutlook.ofRate(g, measure(g).measuredSeries(TODAY), TODAY))
          .as(w.toString())
          .isEmpty();
    }
    Goal perDay = goal(Target.increaseTo(new BigDecimal("0.07")), Window.perDay()).build();
    assertThat(outlook(perDay)).isPresent();
  }

  @Test
  void theWindowsValuesAloneCannotGiveABaselinePeriodOrATotal() {
    Goal measured =
        goal(Target.increaseByPercent(10), Window.trailingDays(7))
            .baselinePeriod(BaselinePeriod.of(DateRange.of(FIRST, FIRST.plusDays(6))))
            .build();
    MetricSeries values = measure(measured).measuredSeries(TODAY);
    // progress measures the baseline period from the sums
    assertThat(outlook(measured)).isPresent();
    assertThat(GoalOutlook.ofRate(measured, values, TODAY)).isEmpty();
    // a relative target without a baseline has no target value
    Goal noBaseline = goal(Target.increaseByPercent(10), Window.trailingDays(7)).build();
    assertThat(GoalOutlook.ofRate(noBaseline, values, TODAY)).isEmpty();
    // a total, and no deadline
    Goal total = goal(Target.total(5), Window.trailingDays(7)).build();
    assertThat(GoalOutlook.ofRate(total, values, TODAY)).isEmpty();
    Goal noDeadline =
        goal(Target.increaseTo(new BigDecimal("0.07")), Window.trailingDays(7))
            .deadline(null)
            .build();
    assertThat(GoalOutlook.ofRate(noDeadline, values, TODAY)).isEmpty();
  }
}
