package dev.northstar.progress.forecast.internal;

import java.util.Arrays;

/**
 * The forecast distribution of one day: normal (or log-normal) in closed form, or the empirical
 * distribution of simulated sample paths.
 */
public abstract sealed class Outcome permits Outcome.Gaussian, Outcome.Sampled {

  private Outcome() {}

  /**
   * A normal distribution on the model's scale.
   *
   * @param mean the mean on the model's scale
   * @param sd the standard deviation, non-negative
   * @param log whether the model's scale is the logarithm of the values
   * @return the outcome
   */
  public static Outcome gaussian(double mean, double sd, boolean log) {
    return new Gaussian(mean, sd, log);
  }

  /**
   * The empirical distribution of samples.
   *
   * @param samples the simulated values, at least one; copied and sorted
   * @return the outcome
   */
  public static Outcome sampled(double[] samples) {
    double[] s = samples.clone();
    Arrays.sort(s);
    return new Sampled(s);
  }

  /**
   * P(value &gt;= target).
   *
   * @param target the target
   * @return a probability in [0, 1]
   */
  public abstract double probabilityAtLeast(double target);

  /**
   * P(value &lt;= target).
   *
   * @param target the target
   * @return a probability in [0, 1]
   */
  public abstract double probabilityAtMost(double target);

  /**
   * The p-quantile.
   *
   * @param p a probability in (0, 1)
   * @return the value not exceeded with probability p
   */
  public abstract double quantile(double p);

  /** Closed form. */
  static final class Gaussian extends Outcome {
    private final double mean;
    private final double sd;
    private final boolean log;

    Gaussian(double mean, double sd, boolean log) {
      this.mean = mean;
      this.sd = sd;
      this.log = log;
    }

    private double below(double target) {
      if (log && target <= 0) {
        return 0;
      }
      double x = log ? Math.log(target) : target;
      if (sd == 0) {
        return x >= mean ? 1 : 0;
      }
      return Normal.cdf((x - mean) / sd);
    }

    @Override
    public double probabilityAtLeast(double target) {
      return 1 - below(target);
    }

    @Override
    public double probabilityAtMost(double target) {
      return below(target);
    }

    @Override
    public double quantile(double p) {
      double z = p == 0.5 ? 0 : Normal.quantile(p);
      double x = mean + sd * z;
      return log ? Math.exp(x) : x;
    }
  }

  /** Simulated. */
  static final class Sampled extends Outcome {
    private final double[] sorted;

    Sampled(double[] sorted) {
      this.sorted = sorted;
    }

    @Override
    public double probabilityAtLeast(double target) {
      int count = 0;
      for (double v : sorted) {
        if (v >= target) {
          count++;
        }
      }
      return (double) count / sorted.length;
    }

    @Override
    public double probabilityAtMost(double target) {
      int count = 0;
      for (double v : sorted) {
        if (v <= target) {
          count++;
        }
      }
      return (double) count / sorted.length;
    }

    /** Linear interpolation between order statistics (type 7 of Hyndman and Fan 1996). */
    @Override
    public double quantile(double p) {
      double h = (sorted.length - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, sorted.length - 1);
      return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
  }
}
