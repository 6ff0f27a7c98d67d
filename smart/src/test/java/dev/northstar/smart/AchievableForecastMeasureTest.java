package dev.northstar.smart;

import static dev.northstar.smart.AchievableForecastRuleTest.series;
import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.progress.GoalMeasure;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code achievable.forecast} forecasts what the goal measures, as {@code progress} does: a flow's
 * running total from its start over its period, a stock's level. Both give the same P(hit) for the
 * same goal and data.
 */
class AchievableForecastMeasureTest {

  private static final String ID = BuiltInRules.ACHIEVABLE_FORECAST;
  private static final LocalDate FIRST = date("2025-11-03");
  private static final LocalDate START = date("2025-12-03");
  private static final LocalDate TODAY = date("2026-01-01");
  private static final LocalDate DEADLINE = date("2026-02-28");

  /** About 10 leads a day, from 2025-11-03 to 2026-01-01 (60 days). */
  private static double[] leads() {
    Random r = new Random(11);
    double[] v = new double[60];
    for (int i = 0; i < v.length; i++) {
      v[i] = 10 + Math.round(2 * r.nextGaussian());
    }
    return v;
  }

  private static Goal leadsGoal(Target target) {
    return Goal.builder(GoalId.of("leads"), "Leads this quarter")
        .metric(CoreMetrics.LEADS)
        .scope(Scope.of(Platform.LINKEDIN))
        .target(target)
        .start(START)
        .deadline(DEADLINE)
        .build();
  }

  private static RuleContext context(MetricSeries history) {
    return RuleContext.builder(TODAY).history(history).build();
  }

  private static String percent(double p) {
    return String.format(Locale.ENGLISH, "%.1f%%", 100 * p);
  }

  /** P(hit) as {@code progress} computes it (ProgressCommand: GoalOutlook of the GoalMeasure). */
  private static double progressProbability(Goal goal, Accumulation kind, MetricSeries daily) {
    GoalMeasure measure = GoalMeasure.of(goal, kind, daily);
    return GoalOutlook.of(measure, GoalProgress.of(measure, TODAY), TODAY)
        .orElseThrow()
        .probability();
  }

  @Test
  void aFlowIsForecastAsItsRunningTotalFromTheStartAsProgressDoes() {
    double[] v = leads();
    MetricSeries history = series(CoreMetrics.LEADS, FIRST, v);
    // "600 leads by the end of February": a level of the running total, not of the daily leads
    Goal g = leadsGoal(Target.increaseTo(BigDecimal.valueOf(600)));
    double[] total = new double[30];
    double sum = 0;
    for (int i = 0; i < 30; i++) {
      sum += v[30 + i];
      total[i] = sum;
    }
    Projection p = Projection.of(DailySeries.of(START, total), SeriesKind.CUMULATIVE, DEADLINE);
    double expected = p.probabilityOfReaching(600, TargetSide.AT_LEAST);
    // about 300 so far and 10 a day for 58 more days: 600 to 1,000 is where the total goes
    assertThat(sum).isBetween(250.0, 350.0);
    assertThat(expected).isBetween(0.5, 1.0);

    Finding f = Judge.single(ID, g, context(history));

    assertThat(f.message())
        .startsWith(
            "P(reaching 600 by 2026-02-28) = "
                + percent(expected)
                + " ("
                + p.model()
                + " fitted on 30 days); 80% range at the deadline "
                + AchievableForecastRuleTest.whole(p.atDeadline().lower80())
                + " to "
                + AchievableForecastRuleTest.whole(p.atDeadline().upper80())
                + "; reached with 50%: "
                + AchievableForecastRuleTest.whole(
                    Math.floor(p.reachableWith(0.5, TargetSide.AT_LEAST))));
    assertThat(progressProbability(g, Accumulation.FLOW, history)).isEqualTo(expected);
  }

  @Test
  void aTotalAgreesWithProgressToo() {
    double[] v = leads();
    MetricSeries history = series(CoreMetrics.LEADS, FIRST, v);
    Goal g = leadsGoal(Target.total(BigDecimal.valueOf(900)));
    double p = progressProbability(g, Accumulation.FLOW, history);
    assertThat(p).isBetween(0.02, 0.98);
    assertThat(Judge.single(ID, g, context(history)).message())
        .startsWith("P(reaching 900 by 2026-02-28) = " + percent(p) + " (");
  }

  @Test
  void aStockIsForecastOnItsLevelsIncludingDaysBeforeTheStartAsProgressDoes() {
    double[] v = AchievableForecastRuleTest.followers(91);
    LocalDate first = date("2025-10-03");
    MetricSeries history = series(CoreMetrics.FOLLOWERS, first, v);
    Goal g =
        Goal.builder(GoalId.of("followers"), "LinkedIn followers")
            .metric(CoreMetrics.FOLLOWERS)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(8_100, TODAY))
            .target(Target.increaseTo(BigDecimal.valueOf(8_545)))
            .start(TODAY)
            .deadline(date("2026-03-31"))
            .build();
    Projection p = Projection.of(DailySeries.of(first, v), SeriesKind.LEVEL, date("2026-03-31"));
    double expected = p.probabilityOfReaching(8_545, TargetSide.AT_LEAST);
    assertThat(expected).isBetween(0.02, 0.98);

    Finding f = Judge.single(ID, g, context(history));

    assertThat(f.message())
        .startsWith(
            "P(reaching 8,545 by 2026-03-31) = "
                + percent(expected)
                + " ("
                + p.model()
                + " fitted on 91 days)");
    assertThat(progressProbability(g, Accumulation.STOCK, history)).isEqualTo(expected);
  }

  @Test
  void aRateIsForecastOnTheMeasuredValuesItIsGiven() {
    // err, a KPI of the catalogue and no metric of the registry: the history is its window's value
    MetricId err = MetricId.of("err");
    Random r = new Random(3);
    double[] v = new double[40];
    for (int i = 0; i < v.length; i++) {
      v[i] = 0.05 + 0.0001 * i + Math.round(20 * r.nextGaussian()) / 10_000.0;
    }
    LocalDate first = TODAY.minusDays(39);
    Goal g =
        Goal.builder(GoalId.of("err"), "Engagement rate")
            .metric(err)
            .scope(Scope.of(Platform.LINKEDIN))
            .target(Target.increaseTo(new BigDecimal("0.06")))
            .deadline(DEADLINE)
            .build();
    Projection p = Projection.of(DailySeries.of(first, v), SeriesKind.LEVEL, DEADLINE);
    Finding f = Judge.single(ID, g, context(series(err, first, v)));
    assertThat(f.message())
        .startsWith(
            "P(reaching 0.06 by 2026-02-28) = "
                + percent(p.probabilityOfReaching(0.06, TargetSide.AT_LEAST))
                + " ("
                + p.model()
                + " fitted on 40 days)");
    // a rate is no count: its figures keep their decimals, never rounded to whole. With two or
    // three decimals the target reached with 80% (just above 0.06) would print as the target
    // itself, so all figures take four; reachable targets are rounded down (the safe side)
    double at50 = p.reachableWith(0.5, TargetSide.AT_LEAST);
    double at80 = p.reachableWith(0.8, TargetSide.AT_LEAST);
    assertThat(at80).isBetween(0.0601, 0.0609);
    assertThat(at50).isBetween(0.061, 0.099);
    assertThat(f.message())
        .contains(
            "; reached with 50%: "
                + decimals(at50, 4, java.math.RoundingMode.FLOOR)
                + ", with 80%: "
                + decimals(at80, 4, java.math.RoundingMode.FLOOR)
                + ": realistic");
    assertThat(f.message()).doesNotContain(": 0.06,").doesNotContain(": 0.06:");
  }

  private static String decimals(double v, int d, java.math.RoundingMode mode) {
    return BigDecimal.valueOf(v).setScale(d, mode).stripTrailingZeros().toPlainString();
  }

  @Test
  void aStockMeasuredPerMonthIsRefusedWithTheMeasuresReason() {
    Goal monthly =
        Goal.builder(GoalId.of("followers"), "LinkedIn followers per month")
            .metric(CoreMetrics.FOLLOWERS)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(8_100, TODAY))
            .target(Target.increaseTo(BigDecimal.valueOf(8_545)))
            .start(TODAY)
            .deadline(date("2026-03-31"))
            .window(Window.parse("per month"))
            .build();
    MetricSeries history =
        series(CoreMetrics.FOLLOWERS, date("2025-10-03"), AchievableForecastRuleTest.followers(91));
    assertThat(Judge.single(ID, monthly, context(history)).message())
        .startsWith(
            "not judged by a forecast: window of goal followers must be 'period' for followers, a"
                + " stock measured as its level at a date, but was 'per month'");
  }

  @Test
  void saysWhyAFlowOrAnUnknownMetricIsNotForecast() {
    MetricSeries history = series(CoreMetrics.LEADS, FIRST, leads());
    Goal monthly =
        leadsGoal(Target.increaseTo(BigDecimal.valueOf(300))).toBuilder()
            .window(Window.parse("per month"))
            .build();
    assertThat(Judge.single(ID, monthly, context(history)).message())
        .isEqualTo(
            "not judged by a forecast: a flow is forecast as its running total over the goal's"
                + " whole period, from its start; this goal has the window per month");
    Goal noStart =
        leadsGoal(Target.increaseTo(BigDecimal.valueOf(600))).toBuilder().start(null).build();
    assertThat(Judge.single(ID, noStart, context(history)).message())
        .isEqualTo(
            "not judged by a forecast: a flow is forecast as its running total over the goal's"
                + " whole period, from its start; this goal has no start");
    Goal late =
        leadsGoal(Target.increaseTo(BigDecimal.valueOf(600))).toBuilder()
            .start(date("2025-12-13"))
            .build();
    assertThat(Judge.single(ID, late, context(history)).message())
        .isEqualTo(
            "not judged by a forecast: the history has 20 consecutive days from the goal's start"
                + " 2025-12-13 up to 2026-01-01; a forecast needs at least 21");
    Goal day21 =
        leadsGoal(Target.increaseTo(BigDecimal.valueOf(600))).toBuilder()
            .start(date("2025-12-12"))
            .build();
    assertThat(Judge.single(ID, day21, context(history)).message()).contains("fitted on 21 days");
    MetricId unknown = MetricId.of("acme.signups");
    Goal other =
        leadsGoal(Target.increaseTo(BigDecimal.valueOf(600))).toBuilder().metric(unknown).build();
    assertThat(Judge.single(ID, other, context(series(unknown, FIRST, leads()))).message())
        .isEqualTo(
            "not judged by a forecast: metric acme.signups is not in the metric registry, so what"
                + " the goal measures is unknown");
  }

  @Test
  void aFlowWhoseDataStopsAfterTheStartAndStartsAgainIsNotForecast() {
    double[] v = leads();
    // a gap on 2025-12-05: the last run starts two days after the goal's start
    java.util.List<dev.northstar.core.series.Observation> obs = new java.util.ArrayList<>();
    for (var o : series(CoreMetrics.LEADS, FIRST, v).observations()) {
      if (!o.date().equals(date("2025-12-05"))) {
        obs.add(o);
      }
    }
    MetricSeries gappy = MetricSeries.of(CoreMetrics.LEADS, Scope.of(Platform.LINKEDIN), obs);
    Goal g = leadsGoal(Target.increaseTo(BigDecimal.valueOf(600)));
    assertThat(Judge.single(ID, g, context(gappy)).message())
        .isEqualTo(
            "not judged by a forecast: the history's last run of consecutive days starts on"
                + " 2025-12-06, after the goal's start 2025-12-03, so the running total is unknown");
  }

  /** Engagements and reach per day from FIRST: the numerator and denominator of err. */
  private static MetricSeries rateSums(MetricId metric, boolean numerator) {
    java.util.List<dev.northstar.core.series.Observation> obs = new java.util.ArrayList<>();
    for (int d = 0; d < 60; d++) {
      long v = numerator ? 40 + (37L * d) % 13 + d / 6 : 1_000 + 10L * (d % 4);
      obs.add(dev.northstar.core.series.Observation.of(FIRST.plusDays(d), BigDecimal.valueOf(v)));
    }
    return MetricSeries.of(metric, Scope.of(Platform.LINKEDIN), obs);
  }

  private static Goal.Builder rateGoal(Window window) {
    return Goal.builder(GoalId.of("err"), "Engagement rate over 14 days")
        .metric(MetricId.of("err"))
        .scope(Scope.of(Platform.LINKEDIN))
        .baseline(Baseline.of(new BigDecimal("0.04"), START))
        .window(window)
        .start(START)
        .deadline(DEADLINE);
  }

  @Test
  void aTrailingRateHasTheSamePHitInCheckAndProgress() {
    MetricId err = MetricId.of("err");
    GoalMeasure probe =
        GoalMeasure.ofRate(
            rateGoal(Window.trailingDays(14)).target(Target.increaseTo(BigDecimal.ONE)).build(),
            err,
            rateSums(CoreMetrics.ENGAGEMENTS, true),
            rateSums(CoreMetrics.REACH, false),
            BigDecimal.ONE);
    // the window's values from the start, as the command line passes them to the check: 30 days
    MetricSeries windowValues = probe.measuredSeries(TODAY);
    assertThat(windowValues.observations()).hasSize(30);
    double[] v = new double[30];
    for (int i = 0; i < v.length; i++) {
      v[i] = windowValues.observations().get(i).value().doubleValue();
    }
    Projection p = Projection.of(DailySeries.of(START, v), SeriesKind.LEVEL, DEADLINE);
    BigDecimal target =
        BigDecimal.valueOf(p.atDeadline().point()).setScale(3, java.math.RoundingMode.HALF_EVEN);
    Goal g = rateGoal(Window.trailingDays(14)).target(Target.increaseTo(target)).build();
    double expected = p.probabilityOfReaching(target.doubleValue(), TargetSide.AT_LEAST);
    assertThat(expected).isBetween(0.01, 0.99);
    GoalMeasure measure =
        GoalMeasure.ofRate(
            g,
            err,
            rateSums(CoreMetrics.ENGAGEMENTS, true),
            rateSums(CoreMetrics.REACH, false),
            BigDecimal.ONE);
    double progress =
        GoalOutlook.of(measure, GoalProgress.of(measure, TODAY), TODAY).orElseThrow().probability();

    Finding f = Judge.single(ID, g, context(windowValues));

    assertThat(progress).isEqualTo(expected);
    assertThat(f.message())
        .startsWith(
            "P(reaching "
                + target.stripTrailingZeros().toPlainString()
                + " by 2026-02-28) = "
                + percent(expected)
                + " ("
                + p.model()
                + " fitted on 30 days)");
  }

  @Test
  void aRateThatStartsAgainEachMonthOrHasABaselinePeriodIsNotForecastByTheCheck() {
    MetricId err = MetricId.of("err");
    MetricSeries history = series(err, START, new double[30]);
    Goal perMonth =
        rateGoal(Window.perMonth()).target(Target.increaseTo(new BigDecimal("0.05"))).build();
    assertThat(Judge.single(ID, perMonth, context(history)).message())
        .isEqualTo(
            "not judged by a forecast: a rate is forecast as its window's value from day to day,"
                + " and the window per month of err starts again with each month");
    Goal perWeek =
        rateGoal(Window.perWeek()).target(Target.increaseTo(new BigDecimal("0.05"))).build();
    assertThat(Judge.single(ID, perWeek, context(history)).message())
        .endsWith("the window per week of err starts again with each week");
    Goal perQuarter =
        rateGoal(Window.perQuarter()).target(Target.increaseTo(new BigDecimal("0.05"))).build();
    assertThat(Judge.single(ID, perQuarter, context(history)).message())
        .endsWith("the window per quarter of err starts again with each quarter");
    Goal fromMay =
        rateGoal(Window.trailingDays(14))
            .baselinePeriod(
                dev.northstar.core.goal.BaselinePeriod.of(
                    dev.northstar.core.time.DateRange.of(FIRST, FIRST.plusDays(13))))
            .target(Target.increaseByPercent(10))
            .build();
    assertThat(Judge.single(ID, fromMay, context(history)).message())
        .isEqualTo(
            "not judged by a forecast: the baseline of rate err over its baseline period is"
                + " measured from the rate's numerator and denominator, which the check is not"
                + " given; progress forecasts it");
  }

  @Test
  void aFallingRatesReachableTargetsAreRoundedUp() {
    // err falling from 0.08: less is better, so a reachable target is rounded up (the safe side)
    MetricId err = MetricId.of("err");
    Random r = new Random(5);
    double[] v = new double[40];
    for (int i = 0; i < v.length; i++) {
      v[i] = 0.08 - 0.0002 * i + Math.round(20 * r.nextGaussian()) / 10_000.0;
    }
    LocalDate first = TODAY.minusDays(39);
    Projection p = Projection.of(DailySeries.of(first, v), SeriesKind.LEVEL, DEADLINE);
    BigDecimal target =
        BigDecimal.valueOf(p.atDeadline().point()).setScale(3, java.math.RoundingMode.HALF_EVEN);
    Goal g =
        Goal.builder(GoalId.of("err"), "Engagement rate")
            .metric(err)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(new BigDecimal("0.08"), first))
            .target(Target.decreaseTo(target))
            .deadline(DEADLINE)
            .build();
    double at50 = p.reachableWith(0.5, TargetSide.AT_MOST);
    double at80 = p.reachableWith(0.8, TargetSide.AT_MOST);

    String message = Judge.single(ID, g, context(series(err, first, v))).message();

    String reached = message.substring(message.indexOf("; reached with 50%: ") + 20);
    BigDecimal shown50 = new BigDecimal(reached.substring(0, reached.indexOf(',')));
    String after80 = reached.substring(reached.indexOf("with 80%: ") + 10);
    BigDecimal shown80 = new BigDecimal(after80.substring(0, after80.indexOf(':')));
    // rounded up, by less than one unit of the last decimal shown; at least two decimals
    for (BigDecimal[] pair :
        new BigDecimal[][] {
          {shown50, BigDecimal.valueOf(at50)}, {shown80, BigDecimal.valueOf(at80)}
        }) {
      assertThat(pair[0]).isGreaterThanOrEqualTo(pair[1]);
      assertThat(pair[0].subtract(pair[1]))
          .isLessThan(BigDecimal.ONE.movePointLeft(pair[0].scale()));
      assertThat(pair[0].scale()).isGreaterThanOrEqualTo(3);
    }
  }
}
