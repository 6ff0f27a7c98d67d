package dev.northstar.progress.forecast.internal;

/**
 * The smoothing parameters of {@link Ets}, within the bounds statsmodels' ETSModel uses: alpha in
 * [1e-4, 1 - 1e-4], beta in [1e-4, alpha], gamma in [1e-4, 1 - alpha], phi in [0.8, 0.98] or 1 for
 * an undamped trend.
 *
 * @param alpha the level's smoothing
 * @param beta the trend's smoothing
 * @param phi the damping
 * @param gamma the season's smoothing, 0 without a season
 * @param period the season's length, 0 for none
 */
public record Smoothing(double alpha, double beta, double phi, double gamma, int period) {

  private static final double EPS = 1e-4;

  /**
   * Maps unconstrained coordinates into the bounds through logistic functions.
   *
   * @param u alpha, beta, then phi if damped, then gamma if seasonal
   * @param period the season's length, 0 for none
   * @param damped whether phi is estimated; 1 if not
   * @return the parameters
   */
  static Smoothing fromFree(double[] u, int period, boolean damped) {
    double alpha = EPS + (1 - 2 * EPS) * logistic(u[0]);
    double beta = EPS + (alpha - EPS) * logistic(u[1]);
    double phi = damped ? 0.8 + 0.18 * logistic(u[2]) : 1;
    int g = damped ? 3 : 2;
    double gamma = period > 0 ? EPS + (1 - alpha - EPS) * logistic(u[g]) : 0;
    return new Smoothing(alpha, beta, phi, gamma, period);
  }

  private static double logistic(double u) {
    return 1 / (1 + Math.exp(-u));
  }
}
