package dev.northstar.progress.internal;

import java.util.Optional;

/**
 * An ordinary least-squares straight line {@code y = intercept + slope * x}.
 *
 * <p>Computed in doubles on centred data (x minus its mean), which keeps the sums small for day
 * numbers. Not part of the API: this package is not exported.
 *
 * @param intercept the value of the line at {@code x = 0}
 * @param slope the change of {@code y} per unit of {@code x}
 */
public record LeastSquares(double intercept, double slope) {

  /**
   * Fits a line to points.
   *
   * @param xs the x values, at least two of them distinct
   * @param ys the y values, as many as {@code xs}
   * @return the line, or empty if there are fewer than two distinct x values or the fit is not
   *     finite
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public static Optional<LeastSquares> fit(double[] xs, double[] ys) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException(
          "xs and ys must be as long, but were " + xs.length + " and " + ys.length);
    }
    int n = xs.length;
    if (n < 2) {
      return Optional.empty();
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += xs[i];
      meanY += ys[i];
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = xs[i] - meanX;
      sxx += dx * dx;
      sxy += dx * (ys[i] - meanY);
    }
    if (sxx == 0) {
      return Optional.empty();
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
      return Optional.empty();
    }
    return Optional.of(new LeastSquares(intercept, slope));
  }

  /**
   * Returns the line's value at {@code x}.
   *
   * @param x the abscissa
   * @return {@code intercept + slope * x}
   */
  public double at(double x) {
    return intercept + slope * x;
  }
}
