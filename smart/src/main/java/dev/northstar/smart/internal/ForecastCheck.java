package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.progress.GoalMeasure;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.forecast.TargetSide;
import dev.northstar.smart.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forecast behind {@code achievable.forecast}: the goal's {@link GoalOutlook}, computed on what
 * the goal measures exactly as {@code progress} computes it, so that both give the same P(hit) for
 * the same goal and data.
 *
 * <ul>
 *   <li>a stock: its levels ({@code GoalMeasure} of the history as a stock);
 *   <li>a flow over the goal's period: its running total from the goal's start;
 *   <li>a rate over the goal's period, per day or over a trailing window: the history as given,
 *       which is the goal's measured value (the ratio of the window's sums, what {@code
 *       GoalMeasure.measuredSeries} gives and the command line passes), forecast as a level by
 *       {@link GoalOutlook#ofRate}, the same forecast as {@code progress} makes.
 * </ul>
 *
 * A flow per day, week, month, quarter or trailing window, and a rate per week, month or quarter,
 * have no forecast, as in {@code progress}; nor has a rate with a baseline period, whose baseline
 * {@code progress} measures from the rate's numerator and denominator, which a check is not given.
 */
final class ForecastCheck {

  /** The fewest consecutive days of history judged: three weeks, the seasonal models' minimum. */
  static final int MIN_DAYS = GoalOutlook.MIN_DAYS;

  /**
   * What the forecast says about a goal.
   *
   * @param outlook the goal's outlook, as {@code progress} computes it
   * @param whole whether the metric counts whole things
   */
  record Result(GoalOutlook outlook, boolean whole) {

    double probability() {
      return outlook.probability();
    }

    TargetSide side() {
      return outlook.side();
    }

    /**
     * The target reached with a probability, on the goal's scale; for counts the whole number on
     * the safe side: down for an increase, up for a decrease.
     */
    double reachable(double p) {
      double v = outlook.reachableWith(p);
      if (!whole) {
        return v;
      }
      return outlook.side() == TargetSide.AT_LEAST ? Math.floor(v) : Math.ceil(v);
    }
  }

  private ForecastCheck() {}

  /**
   * Whether a goal can be forecast: see {@link #of}.
   *
   * @param goal the goal
   * @param context the context
   * @return true if {@link #of} gives a result
   */
  static boolean applies(Goal goal, RuleContext context) {
    return of(goal, context, new ArrayList<>()).isPresent();
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
    Target target = goal.target().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    MetricSeries history = context.historyOf(goal).orElse(null);
    if (target == null
        || deadline == null
        || history == null
        || target instanceof Target.Band
        || target instanceof Target.Milestone) {
      reasons.add("it needs a target value, a deadline and a history of the metric");
      return Optional.empty();
    }
    MetricId metric = history.metric();
    Optional<MetricDefinition> definition = context.registry().find(metric);
    Accumulation kind =
        definition
            .map(MetricDefinition::accumulation)
            .orElse(Kpis.find(metric).isPresent() ? Accumulation.RATE : null);
    if (kind == null) {
      reasons.add(
          "metric "
              + metric
              + " is not in the metric registry, so what the goal measures is unknown");
      return Optional.empty();
    }
    boolean flow = kind == Accumulation.FLOW || kind == Accumulation.NON_ADDITIVE_FLOW;
    if (target instanceof Target.Total && !flow) {
      reasons.add(
          "a total is forecast as the running sum of a flow (such as leads) from the goal's start,"
              + " and "
              + metric
              + " is a "
              + kind.toString().toLowerCase(java.util.Locale.ROOT));
      return Optional.empty();
    }
    if (flow && (goal.start().isEmpty() || goal.effectiveWindow().kind() != Window.Kind.PERIOD)) {
      reasons.add(
          "a flow is forecast as its running total over the goal's whole period, from its start;"
              + " this goal has "
              + (goal.start().isEmpty() ? "no start" : "the window " + goal.effectiveWindow()));
      return Optional.empty();
    }
    if (kind == Accumulation.RATE && !rateForecast(goal, metric, reasons)) {
      return Optional.empty();
    }
    LocalDate reference = context.referenceDate();
    // a rate's history is already what the goal measures, the window's ratio: forecast as a level
    GoalMeasure measure = null;
    MetricSeries measured = history;
    if (kind != Accumulation.RATE) {
      try {
        measure = GoalMeasure.of(goal, kind, history);
      } catch (IllegalArgumentException e) {
        reasons.add(String.valueOf(e.getMessage()));
        return Optional.empty();
      }
      measured = measure.measuredSeries(reference);
    }
    List<Observation> run = GoalOutlook.daysFitted(measured, reference);
    if (run.size() < MIN_DAYS) {
      reasons.add(
          "the history has "
              + run.size()
              + " consecutive days"
              + (flow ? " from the goal's start " + goal.start().get() : "")
              + " up to "
              + reference
              + "; a forecast needs at least "
              + MIN_DAYS);
      return Optional.empty();
    }
    LocalDate first = run.get(0).date();
    LocalDate last = run.get(run.size() - 1).date();
    if (!deadline.isAfter(last)) {
      reasons.add("the deadline " + deadline + " is not after the history's last day " + last);
      return Optional.empty();
    }
    if (flow && !first.equals(goal.start().get())) {
      reasons.add(
          "the history's last run of consecutive days starts on "
              + first
              + ", after the goal's start "
              + goal.start().get()
              + ", so the running total is unknown");
      return Optional.empty();
    }
    Optional<GoalOutlook> outlook =
        measure == null
            ? GoalOutlook.ofRate(goal, history, reference)
            : GoalOutlook.of(measure, GoalProgress.of(measure, reference), reference);
    if (outlook.isEmpty()) {
      reasons.add("the goal's target value is not known on " + reference);
      return Optional.empty();
    }
    return Optional.of(new Result(outlook.get(), countsWholeThings(goal, context)));
  }

  /** Whether a rate goal is forecast from its window's values, or why not. */
  private static boolean rateForecast(Goal goal, MetricId metric, List<String> reasons) {
    Window.Kind window = goal.effectiveWindow().kind();
    if (window == Window.Kind.WEEK
        || window == Window.Kind.MONTH
        || window == Window.Kind.QUARTER) {
      reasons.add(
          "a rate is forecast as its window's value from day to day, and the window "
              + goal.effectiveWindow()
              + " of "
              + metric
              + " starts again with each "
              + window.toString().toLowerCase(java.util.Locale.ROOT));
      return false;
    }
    if (goal.baselinePeriod().isPresent()) {
      reasons.add(
          "the baseline of rate "
              + metric
              + " over its baseline period is measured from the rate's numerator and denominator,"
              + " which the check is not given; progress forecasts it");
      return false;
    }
    return true;
  }

  /**
   * Whether the goal's metric counts whole things (followers, leads, posts): its unit in the
   * registry is {@link MetricUnit#COUNT}. Amounts, ratios, durations, scores and metrics the
   * registry does not know are not whole.
   */
  static boolean countsWholeThings(Goal goal, RuleContext context) {
    return goal.metric()
        .flatMap(m -> context.registry().find(m))
        .map(d -> d.unit() == MetricUnit.COUNT)
        .orElse(false);
  }
}
