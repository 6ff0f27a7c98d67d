package dev.northstar.cli.evaluate;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalMeasure;
import dev.northstar.progress.GoalProgress;
import java.util.Optional;

/**
 * One goal measured at a date: the series of its metric within its scope, its progress and its
 * forecast, or why none could be measured.
 *
 * @param goal the goal
 * @param series the observations of its metric in its scope, if the metrics have them
 * @param noData why there is no series (no metric, no such column, no metrics given), if there is
 *     none
 * @param progress the progress at the date, if the goal has a metric
 * @param forecast the forecast to the deadline, if the goal has a metric
 * @param measure what the goal measures from the data or its check-ins, if it was measured so
 * @param unit how the values read: the currency code of a money metric ("USD"), "%" for a ratio
 *     shown as a percent, or empty for plain numbers
 * @param counts whether the metric counts whole things (unit {@code COUNT} in the registry the goal
 *     was measured with, plugins included), so that targets and forecasts are shown whole
 */
public record GoalEvaluation(
    Goal goal,
    Optional<MetricSeries> series,
    Optional<String> noData,
    Optional<GoalProgress> progress,
    Optional<Forecast> forecast,
    Optional<GoalMeasure> measure,
    Optional<String> unit,
    boolean counts) {

  /**
   * A goal measured without a {@link GoalMeasure}.
   *
   * @param goal the goal
   * @param series the observations of its metric in its scope, if any
   * @param noData why there is no series, if there is none
   * @param progress the progress at the date, if any
   * @param forecast the forecast to the deadline, if any
   * @param counts whether the metric counts whole things
   */
  public GoalEvaluation(
      Goal goal,
      Optional<MetricSeries> series,
      Optional<String> noData,
      Optional<GoalProgress> progress,
      Optional<Forecast> forecast,
      boolean counts) {
    this(goal, series, noData, progress, forecast, Optional.empty(), Optional.empty(), counts);
  }
}
