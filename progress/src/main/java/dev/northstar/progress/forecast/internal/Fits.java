package dev.northstar.progress.forecast.internal;

import dev.northstar.progress.forecast.ForecastModel;
import org.jspecify.annotations.Nullable;

/** Fits a {@link ForecastModel} and scores it by AICc. */
public final class Fits {

  /** The season of daily series: one week. */
  public static final int WEEK = 7;

  private Fits() {}

  /**
   * Fits a model to values already on its scale (logarithms for a log-scale model).
   *
   * @param model the model
   * @param y the values, at least {@link ForecastModel#minimumDays()}
   * @return the fit, or null if the smoothing has no finite solution
   */
  public static @Nullable Fit fit(ForecastModel model, double[] y) {
    return switch (model) {
      case LINEAR, COMPOUND_GROWTH -> LinearTrend.fit(y);
      case HOLT -> Ets.fit(y, 0, false);
      case DAMPED_TREND -> Ets.fit(y, 0, true);
      case SEASONAL_ADDITIVE, SEASONAL_MULTIPLICATIVE -> Ets.fit(y, WEEK, true);
    };
  }

  /**
   * The corrected Akaike information criterion of a fit on the scale of the original values: -2 log
   * L + 2k + 2k(k+1)/(n-k-1), with the Gaussian log-likelihood at the maximum-likelihood variance
   * SSE/n, -2 log L = n (ln(2 pi SSE/n) + 1), plus 2 sum ln y for a model fitted on logarithms (the
   * Jacobian of the transformation), so that all models compare on the same data.
   *
   * @param fit the fit
   * @param n the number of fitted values, more than k + 1
   * @param logJacobian sum of ln y over the original values for a log-scale model, else 0
   * @return the AICc, finite
   */
  public static double aicc(Fit fit, int n, double logJacobian) {
    int k = fit.parameterCount();
    double sse = Math.max(fit.sse(), n * Double.MIN_NORMAL);
    double minus2LogL = n * (Math.log(2 * Math.PI * sse / n) + 1) + 2 * logJacobian;
    return minus2LogL + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
  }
}
