package dev.northstar.progress.forecast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rolling-origin evaluation (Hyndman and Athanasopoulos, section 5.10, "time series
 * cross-validation"): the model is fitted on the first {@code o} days, for origins o = first, first
 * + step, ..., and its forecasts of the next {@code horizon} days are compared with the held-back
 * values.
 *
 * <ul>
 *   <li>MASE: the mean absolute error, each error scaled by the mean absolute one-day change of its
 *       training data (Hyndman and Koehler 2006); below 1 beats the naive forecast in sample.
 *   <li>MAPE: the mean of |error / actual| in percent, over the points whose actual is not zero;
 *       {@link BacktestScore#points()} counts all points, {@link BacktestScore#mapePoints()} those.
 *   <li>Coverage: the share of held-back values inside their 80% interval.
 * </ul>
 *
 * <pre>{@code
 * BacktestScore s = Backtest.run(likes, SeriesKind.LEVEL, null, 120, 14, 28); // the chosen model
 * s.mase(); s.coverage80();
 * }</pre>
 */
public final class Backtest {

  private Backtest() {}

  /**
   * Evaluates a model, or the per-origin choice by AICc, on one series.
   *
   * @param series the whole series, not null
   * @param kind level or running total, not null
   * @param model the model to force, or null for the one chosen at each origin
   * @param first the first origin: the days of the first training window, at least 2
   * @param step the days between origins, at least 1
   * @param horizon the days forecast from each origin, at least 1
   * @return the scores, never null
   * @throws NullPointerException if series or kind is null
   * @throws IllegalArgumentException if an argument is out of range, no origin leaves a day to
   *     check, or a forced model refuses a training window (the message says why)
   */
  public static BacktestScore run(
      DailySeries series,
      SeriesKind kind,
      @Nullable ForecastModel model,
      int first,
      int step,
      int horizon) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(kind, "kind");
    if (first < 2 || step < 1 || horizon < 1 || first >= series.size()) {
      throw new IllegalArgumentException(
          "a backtest needs 2 <= first < "
              + series.size()
              + " (the series' days), step >= 1 and horizon >= 1, but got first "
              + first
              + ", step "
              + step
              + ", horizon "
              + horizon);
    }
    double scaledSum = 0;
    double apeSum = 0;
    int points = 0;
    int mapePoints = 0;
    int covered = 0;
    for (int origin = first; origin < series.size(); origin += step) {
      DailySeries train = series.head(origin);
      int days = Math.min(horizon, series.size() - origin);
      double scale = naiveScale(train);
      Projection p =
          model == null
              ? Projection.of(train, kind, train.lastDate().plusDays(days))
              : Projection.of(train, kind, train.lastDate().plusDays(days), model);
      for (int h = 1; h <= days; h++) {
        double actual = series.value(origin - 1 + h);
        ForecastBand band = p.bands().get(h - 1);
        double error = Math.abs(actual - band.point());
        scaledSum += scale > 0 ? error / scale : 0;
        if (actual != 0) {
          apeSum += error / Math.abs(actual);
          mapePoints++;
        }
        covered += band.covers80(actual) ? 1 : 0;
        points++;
      }
    }
    return BacktestScore.of(
        model == null ? "chosen" : model.name(),
        points,
        scaledSum / points,
        mapePoints,
        mapePoints == 0 ? 0 : 100 * apeSum / mapePoints,
        (double) covered / points);
  }

  private static double naiveScale(DailySeries train) {
    double sum = 0;
    for (int i = 1; i < train.size(); i++) {
      sum += Math.abs(train.value(i) - train.value(i - 1));
    }
    return sum / (train.size() - 1);
  }
}
