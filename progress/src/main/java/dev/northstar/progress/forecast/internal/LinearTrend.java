package dev.northstar.progress.forecast.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The least-squares line y = a + b t + e, t = 0..n-1, with independent normal errors. Its h-step
 * prediction variance is the textbook regression one, s^2 (1 + 1/n + (t - tbar)^2 / Sxx) with s^2 =
 * SSE / (n - 2).
 */
public final class LinearTrend implements Fit {

  private final int n;
  private final double intercept;
  private final double slope;
  private final double sse;
  private final double meanT;
  private final double sxx;

  private LinearTrend(int n, double intercept, double slope, double sse, double meanT, double sxx) {
    this.n = n;
    this.intercept = intercept;
    this.slope = slope;
    this.sse = sse;
    this.meanT = meanT;
    this.sxx = sxx;
  }

  /**
   * Fits the line.
   *
   * @param y the values, at least 3
   * @return the fit
   */
  public static LinearTrend fit(double[] y) {
    int n = y.length;
    double meanT = (n - 1) / 2.0;
    double meanY = 0;
    for (double v : y) {
      meanY += v / n;
    }
    double sxx = 0;
    double sxy = 0;
    for (int t = 0; t < n; t++) {
      sxx += (t - meanT) * (t - meanT);
      sxy += (t - meanT) * (y[t] - meanY);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanT;
    double sse = 0;
    for (int t = 0; t < n; t++) {
      double e = y[t] - intercept - slope * t;
      sse += e * e;
    }
    return new LinearTrend(n, intercept, slope, sse, meanT, sxx);
  }

  private double s2() {
    return sse / (n - 2);
  }

  @Override
  public double mean(int h) {
    return intercept + slope * (n - 1 + h);
  }

  @Override
  public double variance(int h) {
    double d = n - 1 + h - meanT;
    return s2() * (1 + 1.0 / n + d * d / sxx);
  }

  @Override
  public double[] simulate(Random random, int horizon) {
    double[] path = new double[horizon];
    double sd = Math.sqrt(s2());
    for (int h = 1; h <= horizon; h++) {
      path[h - 1] = mean(h) + sd * random.nextGaussian();
    }
    return path;
  }

  @Override
  public double sse() {
    return sse;
  }

  @Override
  public int parameterCount() {
    return 3;
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("intercept", intercept);
    p.put("slope", slope);
    p.put("sigma2", s2());
    return p;
  }
}
