package dev.northstar.cli.evaluate;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.PeriodFigure;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalMeasure;
import dev.northstar.progress.GoalProgress;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Measures one goal with a metric: how its metric accumulates (from the metric registry, or the KPI
 * registry for a rate: a built-in, plugin or ad-hoc KPI), its data read from the table as {@code
 * kpi} reads it, or its check-ins where the table has none, then progress and forecast on what the
 * goal measures. A non-additive flow such as reach takes the platform's own figure for a period
 * that one covers exactly, in place of the sum of the days. A rate is the ratio of the sums of its
 * KPI's numerator and denominator over the goal's window, times the KPI's factor.
 *
 * @param metrics the metric definitions, for how a metric accumulates and its unit
 * @param kpis the KPIs with their formulas and the engagement sets
 * @param figures the platform's own figures for periods, used for a non-additive flow
 */
record GoalMeasures(MetricRegistry metrics, KpiRegistry kpis, List<PeriodFigure> figures) {

  /** Copies the figures. */
  GoalMeasures {
    figures = List.copyOf(figures);
  }

  GoalEvaluation evaluate(Goal goal, MetricId metric, @Nullable MetricTable table, LocalDate asOf) {
    Optional<RatioKpi> kpi = kpis.find(metric);
    boolean counts = counts(metric);
    Accumulation accumulation =
        metrics
            .find(metric)
            .map(MetricDefinition::accumulation)
            .orElse(kpi.isPresent() ? Accumulation.RATE : null);
    if (accumulation == null) {
      return levels(goal, metric, table, asOf, "metric " + metric + " is not defined", counts);
    }
    if (!goal.effectiveWindow().allows(accumulation)) {
      String why;
      try {
        goal.effectiveWindow().requireAllows(goal.id(), metric, accumulation);
        why = "the window does not fit the metric";
      } catch (IllegalArgumentException e) {
        why = String.valueOf(e.getMessage());
      }
      return new GoalEvaluation(
          goal, Optional.empty(), Optional.of(why), Optional.empty(), Optional.empty(), counts);
    }
    MetricSeries daily = null;
    GoalMeasure measure = null;
    String noData = null;
    String unit = isRatio(metric, kpi) ? "%" : null;
    if (table == null) {
      noData = "no metrics file given";
    } else {
      try {
        if (accumulation == Accumulation.RATE) {
          if (kpi.isEmpty()) {
            return levels(
                goal,
                metric,
                table,
                asOf,
                "rate "
                    + metric
                    + " is no KPI of the registry (built-in, plugin or ad-hoc), so its days"
                    + " cannot be combined",
                counts);
          }
          RatioKpi k = kpi.get();
          GoalData data = new GoalData(table, kpis.engagementSets());
          MetricSeries num = data.sum(k.numerator(), metric, goal.scope());
          MetricSeries den = data.sum(k.denominator(), metric, goal.scope());
          if (!den.isEmpty()) {
            measure = GoalMeasure.ofRate(goal, metric, num, den, k.factor());
            daily = measure.measuredSeries(asOf);
          }
        } else {
          daily = new GoalData(table, kpis.engagementSets()).series(metric, goal.scope());
          if (!daily.isEmpty()) {
            measure = GoalMeasure.of(goal, accumulation, daily, figures);
          }
          unit =
              table
                  .schema()
                  .measure(metric)
                  .flatMap(Measure::currency)
                  .map(Currency::getCurrencyCode)
                  .orElse(null);
        }
        if (measure == null) {
          noData = "the metrics have no " + metric + " rows in the goal's scope";
        }
      } catch (IllegalArgumentException e) {
        noData = e.getMessage();
      }
    }
    if (!goal.checkIns().isEmpty() && (measure == null || !hasDataInPeriod(measure, goal, asOf))) {
      measure = GoalMeasure.ofCheckIns(goal, metric, accumulation);
      noData = null;
    }
    if (measure == null) {
      MetricSeries empty = MetricSeries.of(metric, goal.scope(), List.of());
      return new GoalEvaluation(
          goal,
          Optional.empty(),
          Optional.ofNullable(noData),
          Optional.of(GoalProgress.of(goal, empty, asOf)),
          Optional.empty(),
          counts);
    }
    return new GoalEvaluation(
        goal,
        Optional.ofNullable(daily),
        Optional.ofNullable(noData),
        Optional.of(GoalProgress.of(measure, asOf)),
        Optional.of(Forecast.of(measure, asOf)),
        Optional.of(measure),
        Optional.ofNullable(unit),
        counts);
  }

  /** Whether the metric counts whole things: unit {@code COUNT} in this evaluation's registry. */
  private boolean counts(MetricId metric) {
    return metrics.find(metric).map(d -> d.unit() == MetricUnit.COUNT).orElse(false);
  }

  /** Whether the metric is a ratio, shown as a percent. */
  private boolean isRatio(MetricId metric, Optional<RatioKpi> kpi) {
    MetricUnit unit =
        metrics
            .find(metric)
            .map(MetricDefinition::unit)
            .orElse(kpi.map(RatioKpi::unit).orElse(null));
    return unit == MetricUnit.RATIO;
  }

  /** Whether the data has a value in the goal's period (from its start) up to the date. */
  private static boolean hasDataInPeriod(GoalMeasure measure, Goal goal, LocalDate asOf) {
    LocalDate start = goal.start().orElse(LocalDate.MIN);
    for (var o : measure.measuredSeries(asOf).observations()) {
      if (!o.date().isBefore(start)) {
        return true;
      }
    }
    return false;
  }

  /** A metric whose accumulation is unknown: its daily values judged as levels, with a note. */
  private GoalEvaluation levels(
      Goal goal,
      MetricId metric,
      @Nullable MetricTable table,
      LocalDate asOf,
      String why,
      boolean counts) {
    MetricSeries series = MetricSeries.of(metric, goal.scope(), List.of());
    String noData = why + "; its daily values are judged as levels";
    if (table == null) {
      noData = "no metrics file given";
    } else {
      try {
        series = new GoalData(table, kpis.engagementSets()).series(metric, goal.scope());
      } catch (IllegalArgumentException e) {
        noData = String.valueOf(e.getMessage());
      }
    }
    return new GoalEvaluation(
        goal,
        series.isEmpty() ? Optional.empty() : Optional.of(series),
        Optional.of(noData),
        Optional.of(GoalProgress.of(goal, series, asOf)),
        Optional.of(Forecast.of(goal, series, asOf)),
        counts);
  }
}
