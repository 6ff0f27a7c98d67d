package dev.northstar.progress.forecast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one model in a {@link Backtest}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BacktestScore {

  private final String model;
  private final int points;
  private final double mase;
  private final int mapePoints;
  private final double mape;
  private final double coverage80;

  private BacktestScore(
      String model, int points, double mase, int mapePoints, double mape, double coverage80) {
    this.model = model;
    this.points = points;
    this.mase = mase;
    this.mapePoints = mapePoints;
    this.mape = mape;
    this.coverage80 = coverage80;
  }

  /**
   * Creates a score.
   *
   * @param model the model's name, or "chosen", not null
   * @param points the held-back points, at least 1
   * @param mase the mean absolute scaled error, finite, non-negative
   * @param mapePoints the points with a non-zero actual, 0 to points
   * @param mape the mean absolute percentage error over them, finite, non-negative
   * @param coverage80 the share of points inside their 80% interval, in [0, 1]
   * @return the score, never null
   * @throws NullPointerException if model is null
   * @throws IllegalArgumentException if a figure is out of range, naming it
   */
  public static BacktestScore of(
      String model, int points, double mase, int mapePoints, double mape, double coverage80) {
    Objects.requireNonNull(model, "model");
    if (points < 1 || mapePoints < 0 || mapePoints > points) {
      throw new IllegalArgumentException(
          "a backtest score needs points >= 1 and 0 <= mapePoints <= points, but got "
              + points
              + " and "
              + mapePoints);
    }
    if (!(mase >= 0 && Double.isFinite(mase)) || !(mape >= 0 && Double.isFinite(mape))) {
      throw new IllegalArgumentException(
          "MASE and MAPE must be finite and non-negative, but got " + mase + " and " + mape);
    }
    if (!(coverage80 >= 0 && coverage80 <= 1)) {
      throw new IllegalArgumentException("coverage must be in [0, 1], but got " + coverage80);
    }
    return new BacktestScore(model, points, mase, mapePoints, mape, coverage80);
  }

  /**
   * Returns the model's name, or "chosen" for the choice by AICc.
   *
   * @return the model's name, or "chosen" for the choice by AICc
   */
  public String model() {
    return model;
  }

  /**
   * Returns the number of held-back points.
   *
   * @return the number of held-back points
   */
  public int points() {
    return points;
  }

  /**
   * Returns the mean absolute scaled error.
   *
   * @return the mean absolute scaled error
   */
  public double mase() {
    return mase;
  }

  /**
   * Returns the number of points in the MAPE (those with a non-zero actual).
   *
   * @return the number of points in the MAPE (those with a non-zero actual)
   */
  public int mapePoints() {
    return mapePoints;
  }

  /**
   * Returns the mean absolute percentage error, in percent.
   *
   * @return the mean absolute percentage error, in percent
   */
  public double mape() {
    return mape;
  }

  /**
   * Returns the share of held-back points inside their 80% interval.
   *
   * @return the share of held-back points inside their 80% interval
   */
  public double coverage80() {
    return coverage80;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof BacktestScore o
        && model.equals(o.model)
        && points == o.points
        && mapePoints == o.mapePoints
        && Double.compare(mase, o.mase) == 0
        && Double.compare(mape, o.mape) == 0
        && Double.compare(coverage80, o.coverage80) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, points, mase, mapePoints, mape, coverage80);
  }

  /**
   * Returns the scores rounded, such as {@code chosen: MASE 0.83, MAPE 1.2%, 80% coverage 78.6%
   * (140 points)}.
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: MASE %.3f, MAPE %.2f%%, 80%% coverage %.1f%% (%d points)",
        model,
        mase,
        mape,
        100 * coverage80,
        points);
  }
}
