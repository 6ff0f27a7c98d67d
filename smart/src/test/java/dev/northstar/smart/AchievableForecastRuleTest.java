package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AchievableForecastRuleTest {

  private static final String ID = BuiltInRules.ACHIEVABLE_FORECAST;
  private static final LocalDate TODAY = date("2026-01-01");
  private static final LocalDate FIRST = date("2025-10-03");

  /** Followers growing 3 a day with noise from 8,000, from 2025-10-03 to 2026-01-01. */
  static double[] followers(int days) {
    Random r = new Random(7);
    double[] v = new double[days];
    for (int i = 0; i < days; i++) {
      v[i] = 8000 + 3 * i + Math.round(4 * r.nextGaussian());
    }
    return v;
  }

  static MetricSeries series(MetricId metric, LocalDate first, double[] values) {
    List<String> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(first.plusDays(i) + "=" + BigDecimal.valueOf(values[i]).toPlainString());
    }
    return Seeds.series(metric, Scope.of(Platform.LINKEDIN), points.toArray(String[]::new));
  }

  static Goal goal(Target target, LocalDate deadline) {
    return Goal.builder(GoalId.of("followers"), "LinkedIn followers")
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.LINKEDIN))
        .baseline(Baseline.of(8_100, TODAY))
        .target(target)
        .start(TODAY)
        .deadline(deadline)
        .build();
  }

  static RuleContext context(double[] values, SmartConfig config) {
    return RuleContext.builder(TODAY)
        .history(series(CoreMetrics.FOLLOWERS, FIRST, values))
        .config(config)
        .build();
  }

  /** The same forecast, computed through the progress API. */
  static Projection projection(double[] values, LocalDate deadline) {
    return Projection.of(DailySeries.of(FIRST, values), SeriesKind.LEVEL, deadline);
  }

  @Test
  void reportsTheProbabilityAndTheTargetsReachableWith50And80Percent() {
    double[] v = followers(91);
    LocalDate deadline = date("2026-03-31");
    // +20% of 8,100 = 9,720 followers: far above 3 a day (about 8,540 by March)
    Finding far =
        Judge.single(
            ID, goal(Target.increaseByPercent(20), deadline), context(v, SmartConfig.defaults()));
    Projection p = projection(v, deadline);
    assertThat(far.severity()).isEqualTo(Severity.ERROR);
    assertThat(far.message())
        .startsWith("P(reaching 9,720 by 2026-03-31) = 0.0% (" + p.model() + " fitted on 91 days)")
        .contains(
            "80% range at the deadline "
                + whole(p.atDeadline().lower80())
                + " to "
                + whole(p.atDeadline().upper80()))
        .contains(
            "reached with 50%: " + whole(Math.floor(p.reachableWith(0.5, TargetSide.AT_LEAST))))
        .contains(", with 80%: " + whole(Math.floor(p.reachableWith(0.8, TargetSide.AT_LEAST))))
        .endsWith(": unlikely");
    assertThat(far.suggestion())
        .hasValue(
            "aim for "
                + whole(Math.floor(p.reachableWith(0.8, TargetSide.AT_LEAST)))
                + " (80% likely), or move the deadline");
    // +1% = 8,181: already reached
    Finding easy =
        Judge.single(
            ID, goal(Target.increaseByPercent(1), deadline), context(v, SmartConfig.defaults()));
    assertThat(easy.severity()).isEqualTo(Severity.INFO);
    assertThat(easy.message())
        .startsWith("P(reaching 8,181 by 2026-03-31) = 100.0%")
        .endsWith(": realistic");
  }

  static String whole(double x) {
    return String.format(java.util.Locale.ENGLISH, "%,d", Math.round(x));
  }

  @Test
  void severityComesFromTheConfiguredThresholds() {
    double[] v = followers(91);
    LocalDate deadline = date("2026-03-31");
    // a whole target near the median forecast
    long target = Math.round(projection(v, deadline).reachableWith(0.5, TargetSide.AT_LEAST)) + 3;
    Goal g = goal(Target.increaseTo(BigDecimal.valueOf(target)), deadline);
    double p = projection(v, deadline).probabilityOfReaching((double) target, TargetSide.AT_LEAST);
    assertThat(p).isBetween(0.2, 0.5);
    BigDecimal exact = new BigDecimal(p);
    BigDecimal above = exact.add(new BigDecimal("1e-9"));
    assertThat(severity(g, v, exact, exact)).isEqualTo(Severity.INFO);
    assertThat(severity(g, v, above, above)).isEqualTo(Severity.ERROR);
    assertThat(severity(g, v, BigDecimal.ZERO, exact)).isEqualTo(Severity.INFO);
    assertThat(severity(g, v, BigDecimal.ZERO, above)).isEqualTo(Severity.WARNING);
    Finding f =
        Judge.single(
            ID,
            g,
            context(v, SmartConfig.builder().achievableThresholds(BigDecimal.ZERO, above).build()));
    assertThat(f.message())
        .contains(") = " + String.format(java.util.Locale.ENGLISH, "%.1f%%", 100 * p))
        .endsWith(": a stretch");
  }

  static Severity severity(Goal g, double[] v, BigDecimal error, BigDecimal warning) {
    SmartConfig c = SmartConfig.builder().achievableThresholds(error, warning).build();
    return Judge.single(ID, g, context(v, c)).severity();
  }

  @Test
  void wholeThingsGetWholeTargetsAndDecreasesCountAtMost() {
    double[] v = followers(91);
    LocalDate deadline = date("2026-03-31");
    Goal g = goal(Target.increaseTo(new BigDecimal("8500.2")), deadline);
    assertThat(Judge.single(ID, g, context(v, SmartConfig.defaults())).message())
        .startsWith("P(reaching 8,501 by");
    Goal down =
        goal(Target.decreaseTo(new BigDecimal("8500.7")), deadline).toBuilder()
            .baseline(Baseline.of(9_000, TODAY))
            .build();
    Finding f = Judge.single(ID, down, context(v, SmartConfig.defaults()));
    double p = projection(v, deadline).probabilityOfReaching(8500.7, TargetSide.AT_MOST);
    assertThat(f.message())
        .startsWith(
            "P(reaching 8,500 by 2026-03-31) = "
                + String.format(java.util.Locale.ENGLISH, "%.1f%%", 100 * p));
    // a decrease reachable with 50% and 80% is rounded up: the safe side of "at most"
    Projection proj = projection(v, deadline);
    double at50 = proj.reachableWith(0.5, TargetSide.AT_MOST);
    double at80 = proj.reachableWith(0.8, TargetSide.AT_MOST);
    assertThat(at80).isGreaterThan(at50);
    assertThat(f.message())
        .contains(
            "; reached with 50%: "
                + whole(Math.ceil(at50))
                + ", with 80%: "
                + whole(Math.ceil(at80))
                + ": ");
  }

  @Test
  void aTotalIsForecastOnTheRunningSumSinceTheStart() {
    Random r = new Random(9);
    double[] leads = new double[60];
    for (int i = 0; i < leads.length; i++) {
      leads[i] = 10 + Math.round(2 * r.nextGaussian());
    }
    LocalDate first = date("2025-11-03");
    LocalDate start = date("2025-12-03"); // day 30: 30 days done so far
    double done = 0;
    for (int i = 30; i < 60; i++) {
      done += leads[i];
    }
    Goal g =
        Goal.builder(GoalId.of("leads"), "leads")
            .metric(CoreMetrics.LEADS)
            .scope(Scope.of(Platform.LINKEDIN))
            .target(Target.total(BigDecimal.valueOf(900)))
            .start(start)
            .deadline(date("2026-02-28"))
            .build();
    RuleContext c =
        RuleContext.builder(date("2026-01-01"))
            .history(series(CoreMetrics.LEADS, first, leads))
            .build();
    Finding f = Judge.single(ID, g, c);
    // about 10 a day for 58 more days: done + 580, so 900 is out of reach
    assertThat(done).isBetween(250.0, 350.0);
    // what progress forecasts: the running total from the start (30 days), not the daily leads
    double[] total = new double[30];
    double sum = 0;
    for (int i = 0; i < 30; i++) {
      sum += leads[30 + i];
      total[i] = sum;
    }
    Projection p =
        Projection.of(DailySeries.of(start, total), SeriesKind.CUMULATIVE, date("2026-02-28"));
    assertThat(f.message())
        .startsWith(
            "P(reaching 900 by 2026-02-28) = "
                + String.format(
                    java.util.Locale.ENGLISH,
                    "%.1f%%",
                    100 * p.probabilityOfReaching(900, TargetSide.AT_LEAST))
                + " ("
                + p.model()
                + " fitted on 30 days)");
    assertThat(p.probabilityOfReaching(900, TargetSide.AT_LEAST)).isLessThan(0.05);
    Goal small =
        g.toBuilder().target(Target.total(BigDecimal.valueOf(Math.round(done) + 300))).build();
    assertThat(Judge.single(ID, small, c).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void saysWhyAGoalIsNotForecast() {
    double[] v = followers(91);
    RuleContext c = context(v, SmartConfig.defaults());
    Goal past =
        goal(Target.increaseByPercent(5), date("2026-03-31")).toBuilder()
            .start(date("2025-12-01"))
            .deadline(date("2025-12-31"))
            .build();
    assertThat(Judge.single(ID, past, c).message())
        .isEqualTo(
            "not judged by a forecast: the deadline 2025-12-31 is not after the history's last day 2026-01-01");
    Goal noDeadline =
        goal(Target.increaseByPercent(5), date("2026-03-31")).toBuilder().deadline(null).build();
    assertThat(Judge.single(ID, noDeadline, c).message())
        .isEqualTo(
            "not judged by a forecast: it needs a target value, a deadline and a history of the metric");
    // a gap leaves 20 consecutive days before the reference date
    double[] tail = java.util.Arrays.copyOfRange(v, 71, 91);
    MetricSeries gappy = series(CoreMetrics.FOLLOWERS, FIRST, java.util.Arrays.copyOf(v, 60));
    List<dev.northstar.core.series.Observation> obs = new ArrayList<>(gappy.observations());
    obs.addAll(series(CoreMetrics.FOLLOWERS, FIRST.plusDays(71), tail).observations());
    RuleContext g =
        RuleContext.builder(TODAY)
            .history(MetricSeries.of(CoreMetrics.FOLLOWERS, Scope.of(Platform.LINKEDIN), obs))
            .build();
    Finding f = Judge.single(ID, goal(Target.increaseByPercent(5), date("2026-03-31")), g);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message())
        .isEqualTo(
            "not judged by a forecast: the history has 20 consecutive days up to 2026-01-01; a forecast needs at least 21");
    // 21 days are enough; later observations are not used
    RuleContext early =
        RuleContext.builder(date("2025-10-23"))
            .history(series(CoreMetrics.FOLLOWERS, FIRST, v))
            .build();
    assertThat(
            Judge.single(ID, goal(Target.increaseByPercent(5), date("2026-03-31")), early)
                .message())
        .contains("fitted on 21 days");
    // at most 366 days
    RuleContext longer =
        RuleContext.builder(TODAY)
            .history(series(CoreMetrics.FOLLOWERS, TODAY.minusDays(399), followers(400)))
            .build();
    assertThat(
            Judge.single(ID, goal(Target.increaseByPercent(5), date("2026-03-31")), longer)
                .message())
        .contains("fitted on 366 days");
  }

  @Test
  void aTotalNeedsAFlow() {
    double[] v = followers(91);
    Goal g = goal(Target.total(BigDecimal.valueOf(100)), date("2026-03-31"));
    assertThat(Judge.single(ID, g, context(v, SmartConfig.defaults())).message())
        .isEqualTo(
            "not judged by a forecast: a total is forecast as the running sum of a flow (such as"
                + " leads) from the goal's start, and followers is a stock");
  }

  @Test
  void theGrowthRuleDefersToTheForecastOnADailyHistory() {
    double[] v = followers(91);
    Goal g = goal(Target.increaseByPercent(20), date("2026-03-31"));
    Finding growth =
        Judge.single(BuiltInRules.ACHIEVABLE_GROWTH, g, context(v, SmartConfig.defaults()));
    assertThat(growth.severity()).isEqualTo(Severity.INFO);
    assertThat(growth.message())
        .startsWith("needs ")
        .endsWith(
            ": unrealistic (the daily history is forecast: achievable.forecast judges the goal)");
  }
}
