package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.ForecastModel;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import dev.northstar.smart.RuleContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forecast behind {@code achievable.forecast}: the goal's daily history up to the reference
 * date (the last run of consecutive days, at most {@link #MAX_DAYS}), forecast to the deadline with
 * the model of least AICc, and the target on the forecast's scale.
 */
final class ForecastCheck {

  /** The fewest consecutive days of history judged: three weeks, the seasonal models' minimum. */
  static final int MIN_DAYS = ForecastModel.SEASONAL_ADDITIVE.minimumDays();

  /** The most days of history used: one year. */
  static final int MAX_DAYS = 366;

  /**
   * What the forecast says about a goal.
   *
   * @param projection the forecast to the deadline
   * @param target the target on the forecast's scale (a running total for a total target)
   * @param offset what to subtract from the forecast's scale to get the goal's (the total before
   *     the goal's start)
   * @param side whether more or less is better
   * @param days the days of history used
   * @param whole whether the metric counts whole things
   */
  record Result(
      Projection projection,
      double target,
      double offset,
      TargetSide side,
      int days,
      boolean whole) {

    double probability() {
      return projection.probabilityOfReaching(target, side);
    }

    /** The target reached with a probability, on the goal's scale, whole for counts. */
    double reachable(double p) {
      double v = projection.reachableWith(p, side) - offset;
      if (!whole) {
        return v;
      }
      return side == TargetSide.AT_LEAST ? Math.floor(v) : Math.ceil(v);
    }
  }

  private ForecastCheck() {}

  /** What to forecast: the series, its kind, the deadline and the target on its scale. */
  private record Plan(
      DailySeries series,
      SeriesKind kind,
      LocalDate deadline,
      double target,
      double offset,
      TargetSide side,
      boolean whole) {}

  /**
   * Whether a goal can be forecast: a target value, a deadline after the history and at least
   * {@link #MIN_DAYS} consecutive days of history.
   *
   * @param goal the goal
   * @param context the context
   * @return true if {@link #of} gives a result
   */
  static boolean applies(Goal goal, RuleContext context) {
    return plan(goal, context, new ArrayList<>()).isPresent();
  }

  /**
   * Forecasts a goal, or says why not.
   *
   * @param goal the goal
   * @param context the context
   * @param reasons receives why the goal is not forecast
   * @return the result, or empty with a reason added
   */
  static Optional<Result> of(Goal goal, RuleContext context, List<String> reasons) {
    return plan(goal, context, reasons)
        .map(
            p ->
                new Result(
                    Projection.of(p.series(), p.kind(), p.deadline()),
                    p.target(),
                    p.offset(),
                    p.side(),
                    p.series().size(),
                    p.whole()));
  }

  private static Optional<Plan> plan(Goal goal, RuleContext context, List<String> reasons) {
    Target target = goal.target().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    MetricSeries series = context.historyOf(goal).orElse(null);
    if (target == null
        || deadline == null
        || series == null
        || target instanceof Target.Band
        || target instanceof Target.Milestone) {
      reasons.add("it needs a target value, a deadline and a history of the metric");
      return Optional.empty();
    }
    List<Observation> run = lastRun(series, context.referenceDate());
    if (run.size() < MIN_DAYS) {
      reasons.add(
          "the history has "
              + run.size()
              + " consecutive days up to "
              + context.referenceDate()
              + "; a forecast needs at least "
              + MIN_DAYS);
      return Optional.empty();
    }
    LocalDate last = run.get(run.size() - 1).date();
    if (!deadline.isAfter(last)) {
      reasons.add("the deadline " + deadline + " is not after the history's last day " + last);
      return Optional.empty();
    }
    boolean whole =
        goal.metric()
            .flatMap(m -> context.registry().find(m))
            .map(d -> d.unit() == MetricUnit.COUNT)
            .orElse(false);
    double[] values = new double[run.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = run.get(i).value().doubleValue();
    }
    if (target instanceof Target.Total total) {
      return total(goal, context, total, run, values, deadline, whole, reasons);
    }
    BigDecimal base = goal.baseline().map(b -> b.value()).orElse(run.get(run.size() - 1).value());
    double to = AchievableGrowthRule.targetValue(target, base).doubleValue();
    TargetSide side = to >= base.doubleValue() ? TargetSide.AT_LEAST : TargetSide.AT_MOST;
    DailySeries daily = DailySeries.of(run.get(0).date(), values);
    return Optional.of(new Plan(daily, SeriesKind.LEVEL, deadline, to, 0, side, whole));
  }

  private static Optional<Plan> total(
      Goal goal,
      RuleContext context,
      Target.Total total,
      List<Observation> run,
      double[] values,
      LocalDate deadline,
      boolean whole,
      List<String> reasons) {
    boolean additive =
        goal.metric()
            .flatMap(m -> context.registry().find(m))
            .map(d -> d.additivity() == Additivity.ADDITIVE)
            .orElse(false);
    LocalDate start = goal.start().orElse(null);
    if (!additive
        || start == null
        || start.isBefore(run.get(0).date())
        || start.isAfter(run.get(run.size() - 1).date())) {
      reasons.add(
          "a total is forecast from the daily amounts of an additive metric, with a start within"
              + " the history");
      return Optional.empty();
    }
    double[] cumulative = new double[values.length];
    double sum = 0;
    double before = 0;
    for (int i = 0; i < values.length; i++) {
      if (run.get(i).date().equals(start)) {
        before = sum;
      }
      sum += values[i];
      cumulative[i] = sum;
    }
    DailySeries daily = DailySeries.of(run.get(0).date(), cumulative);
    return Optional.of(
        new Plan(
            daily,
            SeriesKind.CUMULATIVE,
            deadline,
            before + total.count().doubleValue(),
            before,
            TargetSide.AT_LEAST,
            whole));
  }

  /** The last run of consecutive days up to the reference date, at most {@link #MAX_DAYS}. */
  private static List<Observation> lastRun(MetricSeries series, LocalDate reference) {
    List<Observation> upTo = new ArrayList<>();
    for (Observation o : series.observations()) {
      if (!o.date().isAfter(reference)) {
        upTo.add(o);
      }
    }
    int from = upTo.size() - 1;
    while (from > 0
        && upTo.size() - from < MAX_DAYS
        && upTo.get(from - 1).date().plusDays(1).equals(upTo.get(from).date())) {
      from--;
    }
    return from < 0 ? List.of() : upTo.subList(from, upTo.size());
  }
}
