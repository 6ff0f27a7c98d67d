package dev.northstar.progress.forecast.internal;

import java.util.Map;
import java.util.Random;

/** A model fitted to a series, on the scale it was fitted on (values or their logarithms). */
public interface Fit {

  /**
   * The point forecast h days after the last observation.
   *
   * @param h the horizon, at least 1
   * @return the mean of the forecast distribution
   */
  double mean(int h);

  /**
   * The variance of the h-step forecast error, from the model's closed form.
   *
   * @param h the horizon, at least 1
   * @return the variance, non-negative
   */
  double variance(int h);

  /**
   * One future sample path of the model, with normal errors of the fitted variance.
   *
   * @param random the source of the errors
   * @param horizon the number of days
   * @return the simulated values of days 1..horizon
   */
  double[] simulate(Random random, int horizon);

  /**
   * The sum of squared one-step errors over the fitted data.
   *
   * @return the SSE
   */
  double sse();

  /**
   * The number of estimated parameters, including initial states and the error variance.
   *
   * @return k of the AICc
   */
  int parameterCount();

  /**
   * The fitted parameters by name (alpha, beta, phi, gamma, intercept, slope, sigma2).
   *
   * @return the parameters, in a stable order
   */
  Map<String, Double> parameters();
}
