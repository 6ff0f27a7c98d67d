package dev.northstar.cli.evaluate;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.progress.Forecast;
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
 */
public record GoalEvaluation(
    Goal goal,
    Optional<MetricSeries> series,
    Optional<String> noData,
    Optional<GoalProgress> progress,
    Optional<Forecast> forecast) {}
