package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outlook on what a goal measures: a flow's running total, a stock's level, nothing else. */
class GoalOutlookMeasureTest {

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

  static Goal.Builder goal(Target target) {
    return Goal.builder(GoalId.of("g"), "goal")
        .scope(Scope.of(Platform.FACEBOOK))
        .target(target)
        .start(START)
        .deadline(DEADLINE);
  }

  static Optional<GoalOutlook> outlook(Goal goal, Accumulation kind, MetricSeries daily) {
    GoalMeasure measure = GoalMeasure.of(goal, kind, daily);
    return GoalOutlook.of(measure, GoalProgress.of(measure, TODAY), TODAY);
  }

  @Test
  void aFlowOverItsPeriodIsForecastAsItsRunningTotal() {
    MetricSeries leads = Fixtures.constant(CoreMetrics.LEADS, START, TODAY, 10);
    long days = ChronoUnit.DAYS.between(START, DEADLINE) + 1; // 181 days at 10 a day
    Goal reachable = goal(Target.total(1_500)).metric(CoreMetrics.LEADS).build();
    GoalOutlook o = outlook(reachable, Accumulation.FLOW, leads).orElseThrow();
    assertThat(o.projection().kind()).isEqualTo(SeriesKind.CUMULATIVE);
    assertThat(o.atDeadline().point()).isCloseTo(10.0 * days, within(0.01 * 10 * days));
    assertThat(o.probability()).isGreaterThan(0.95);
    Goal tooFar = goal(Target.total(3_000)).metric(CoreMetrics.LEADS).build();
    assertThat(outlook(tooFar, Accumulation.FLOW, leads).orElseThrow().probability())
        .isLessThan(0.05);
  }

  @Test
  void aStockIsForecastAsItsLevel() {
    MetricSeries followers =
        Fixtures.daily(
            CoreMetrics.FOLLOWERS, START, TODAY, d -> BigDecimal.valueOf(1_000 + 3 * d + d % 5));
    Goal g =
        goal(Target.increaseTo(BigDecimal.valueOf(1_300)))
            .metric(CoreMetrics.FOLLOWERS)
            .baseline(Baseline.of(1_000, START))
            .build();
    GoalOutlook o = outlook(g, Accumulation.STOCK, followers).orElseThrow();
    double[] levels = new double[followers.observations().size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = followers.observations().get(i).value().doubleValue();
    }
    Projection p = Projection.of(DailySeries.of(START, levels), SeriesKind.LEVEL, DEADLINE);
    assertThat(o.probability()).isEqualTo(p.probabilityOfReaching(1_300, TargetSide.AT_LEAST));
    assertThat(o.atDeadline()).isEqualTo(p.atDeadline());
  }

  @Test
  void whatCannotBeForecastFaithfullyHasNoOutlook() {
    MetricSeries leads = Fixtures.constant(CoreMetrics.LEADS, START, TODAY, 10);
    Goal perMonth =
        goal(Target.total(300)).metric(CoreMetrics.LEADS).window(Window.perMonth()).build();
    assertThat(outlook(perMonth, Accumulation.FLOW, leads)).isEmpty();
    // data that starts after the goal's start: the running total would miss days
    MetricSeries late = Fixtures.constant(CoreMetrics.LEADS, START.plusDays(5), TODAY, 10);
    Goal total = goal(Target.total(1_500)).metric(CoreMetrics.LEADS).build();
    assertThat(outlook(total, Accumulation.FLOW, late)).isEmpty();
    // too few days since the start
    MetricSeries short_ = Fixtures.constant(CoreMetrics.LEADS, START, START.plusDays(9), 10);
    GoalMeasure m = GoalMeasure.of(total, Accumulation.FLOW, short_);
    assertThat(GoalOutlook.of(m, GoalProgress.of(m, START.plusDays(9)), START.plusDays(9)))
        .isEmpty();
  }
}
