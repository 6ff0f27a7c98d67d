package dev.northstar.progress.forecast.internal;

/** The standard normal distribution: its distribution function and the quantiles the API uses. */
public final class Normal {

  /** The 90% quantile: the half-width of an 80% interval is this many standard deviations. */
  public static final double Z80 = 1.2815515655446004;

  /** The 97.5% quantile: the half-width of a 95% interval is this many standard deviations. */
  public static final double Z95 = 1.959963984540054;

  /** The 80% quantile: a value this many deviations below the mean is exceeded with 80%. */
  public static final double Z_P80 = 0.8416212335729143;

  private Normal() {}

  /**
   * The standard normal distribution function, from the complementary error function of W. J.
   * Cody's rational Chebyshev approximation as given in Numerical Recipes (erfc, relative error
   * below 1.2e-7).
   *
   * @param x any finite value
   * @return P(Z &lt;= x), in [0, 1]
   */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2.0));
  }

  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1.0 / (1.0 + 0.5 * z);
    double ans =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? ans : 2.0 - ans;
  }

  /**
   * The quantile function of the standard normal distribution, by P. J. Acklam's rational
   * approximation (relative error below 1.15e-9).
   *
   * @param p a probability in (0, 1)
   * @return z with P(Z &lt;= z) = p
   * @throws IllegalArgumentException if p is not in (0, 1)
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException(
          "a normal quantile needs a probability in (0, 1), but got " + p);
    }
    double[] a = {
      -3.969683028665376e+01,
      2.209460984245205e+02,
      -2.759285104469687e+02,
      1.383577518672690e+02,
      -3.066479806614716e+01,
      2.506628277459239e+00
    };
    double[] b = {
      -5.447609879822406e+01,
      1.615858368580409e+02,
      -1.556989798598866e+02,
      6.680131188771972e+01,
      -1.328068155288572e+01
    };
    double[] c = {
      -7.784894002430293e-03,
      -3.223964580411365e-01,
      -2.400758277161838e+00,
      -2.549732539343734e+00,
      4.374664141464968e+00,
      2.938163982698783e+00
    };
    double[] d = {
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    double low = 0.02425;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
      return -quantile(1 - p);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
        * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
}
