package dev.northstar.cli.evaluate;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.PeriodFigure;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every goal of a hierarchy measured against a metric table at a date, and the roll-up of every
 * goal that has sub-goals.
 *
 * @param hierarchy the goals and tactics measured
 * @param asOf the date judged at
 * @param goals the goals in hierarchy order
 * @param rollups the roll-ups of the goals with sub-goals, by weighted mean
 * @param kpis the KPIs the goals may name, which the SMART rules know as rate metrics too
 */
public record Evaluations(
    GoalHierarchy hierarchy,
    LocalDate asOf,
    List<GoalEvaluation> goals,
    List<Rollup> rollups,
    KpiRegistry kpis) {

  /** Copies the lists. */
  public Evaluations {
    goals = List.copyOf(goals);
    rollups = List.copyOf(rollups);
  }

  /**
   * Measures every goal, with the KPIs and metric definitions of the class path and the plugins
   * (the thread's context class loader).
   *
   * @param hierarchy the goals, not null
   * @param metrics the metric table, or null if none was given
   * @param asOf the date to judge at, not null
   * @return the evaluations, never null
   * @throws dev.northstar.core.plugin.PluginLoadException if a KPI provider cannot be loaded
   */
  public static Evaluations of(
      GoalHierarchy hierarchy, @Nullable MetricTable metrics, LocalDate asOf) {
    return of(hierarchy, metrics, asOf, KpiRegistry.load());
  }

  /**
   * Measures every goal, a goal whose metric is a KPI of a registry (built-in, plugin or ad-hoc) as
   * the ratio of the window's sums of its numerator and denominator.
   *
   * @param hierarchy the goals, not null
   * @param metrics the metric table, or null if none was given
   * @param asOf the date to judge at, not null
   * @param kpis the KPIs goals may measure, not null
   * @return the evaluations, never null
   */
  public static Evaluations of(
      GoalHierarchy hierarchy, @Nullable MetricTable metrics, LocalDate asOf, KpiRegistry kpis) {
    return of(hierarchy, metrics, asOf, kpis, List.of());
  }

  /**
   * Measures every goal as {@link #of(GoalHierarchy, MetricTable, LocalDate, KpiRegistry)} does, a
   * non-additive flow such as reach with the platform's own figures for the periods they cover
   * exactly, in place of the sum of the days.
   *
   * @param hierarchy the goals, not null
   * @param metrics the metric table, or null if none was given
   * @param asOf the date to judge at, not null
   * @param kpis the KPIs goals may measure, not null
   * @param figures the platform's figures for periods, not null, possibly empty
   * @return the evaluations, never null
   */
  public static Evaluations of(
      GoalHierarchy hierarchy,
      @Nullable MetricTable metrics,
      LocalDate asOf,
      KpiRegistry kpis,
      List<PeriodFigure> figures) {
    GoalMeasures measures = new GoalMeasures(MetricRegistry.loadLenient(), kpis, figures);
    List<GoalEvaluation> evaluated = new ArrayList<>();
    Map<GoalId, GoalProgress> progress = new LinkedHashMap<>();
    for (Goal goal : hierarchy.goals()) {
      GoalEvaluation e =
          evaluate(measures, goal, metrics, asOf, !hierarchy.children(goal.id()).isEmpty());
      evaluated.add(e);
      e.progress().ifPresent(p -> progress.put(goal.id(), p));
    }
    // every objective in one pass, linear in the goals however deep the hierarchy
    List<Rollup> rollups =
        List.copyOf(Rollup.ofEvery(hierarchy, progress, RollupMethod.WEIGHTED_MEAN).values());
    return new Evaluations(hierarchy, asOf, evaluated, rollups, kpis);
  }

  /**
   * Rolls up every goal that has sub-goals by a method: weighted mean, AND (minimum) or OR
   * (maximum).
   *
   * @param method the method, not null
   * @return the roll-ups, in hierarchy order, never null
   */
  public List<Rollup> rollups(RollupMethod method) {
    Map<GoalId, GoalProgress> progress = new LinkedHashMap<>();
    for (GoalEvaluation e : goals) {
      e.progress().ifPresent(p -> progress.put(e.goal().id(), p));
    }
    // every objective in one pass (in hierarchy order), linear in the goals however deep
    return List.copyOf(Rollup.ofEvery(hierarchy, progress, method).values());
  }

  /**
   * Returns the series of every goal that has data, as history for the SMART rules.
   *
   * @return the series, in goal order, never null
   */
  public List<MetricSeries> history() {
    List<MetricSeries> history = new ArrayList<>();
    goals.forEach(e -> e.series().ifPresent(history::add));
    return history;
  }

  /**
   * Checks every goal with the SMART rules found on the class path, judged at the date, with the
   * hierarchy and the goals' series as context, and the KPIs as rate metrics.
   *
   * @return a report per goal, in goal order, never null
   */
  public List<SmartReport> smartReports() {
    // The registry of the class path and --plugin-path, so that plugin metrics are known, with the
    // KPIs (plugin and ad-hoc) that it lacks.
    RuleContext context =
        RuleContext.builder(asOf)
            .hierarchy(hierarchy)
            .history(history())
            .registry(KpiMetrics.of(MetricRegistry.load(), kpis))
            .build();
    return SmartValidator.create().validateAll(hierarchy.goals(), context);
  }

  /**
   * Checks every goal with the SMART rules found on the class path as of the day it was set: its
   * start, or the date judged at for a goal without a start or starting later; the KPIs are rate
   * metrics for them. So a deadline passed since is a result, not a finding ("the deadline is
   * already past" is for a goal set today).
   *
   * @return a report per goal, in goal order, never null
   */
  public List<SmartReport> smartReportsAsSet() {
    MetricRegistry registry = KpiMetrics.of(MetricRegistry.load(), kpis);
    List<MetricSeries> history = history();
    SmartValidator validator = SmartValidator.create();
    // one context per distinct day: goals set on the same day share it
    Map<LocalDate, RuleContext> contexts = new LinkedHashMap<>();
    List<SmartReport> reports = new ArrayList<>();
    for (Goal goal : hierarchy.goals()) {
      LocalDate set = goal.start().filter(start -> !start.isAfter(asOf)).orElse(asOf);
      RuleContext context =
          contexts.computeIfAbsent(
              set,
              d ->
                  RuleContext.builder(d)
                      .hierarchy(hierarchy)
                      .history(history)
                      .registry(registry)
                      .build());
      reports.add(validator.validate(goal, context));
    }
    return List.copyOf(reports);
  }

  private static GoalEvaluation evaluate(
      GoalMeasures measures,
      Goal goal,
      @Nullable MetricTable metrics,
      LocalDate asOf,
      boolean hasChildren) {
    Optional<MetricId> metric = goal.metric();
    if (metric.isEmpty()) {
      return new GoalEvaluation(
          goal,
          Optional.empty(),
          Optional.of(
              "the goal names no metric"
                  + (hasChildren ? "; it is measured by the roll-up of its sub-goals" : "")),
          Optional.empty(),
          Optional.empty(),
          false);
    }
    return measures.evaluate(goal, metric.get(), metrics, asOf);
  }
}
