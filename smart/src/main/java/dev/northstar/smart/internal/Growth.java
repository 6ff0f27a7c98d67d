package dev.northstar.smart.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Compound growth arithmetic that never yields NaN or infinity. */
final class Growth {

  /** Average days of a month in the Gregorian cycle (365.2425 / 12). */
  static final double DAYS_PER_MONTH = 30.436875;

  /** Bound on ln(growth factor) per month, so that exp() stays finite. */
  private static final double MAX_LOG = 700;

  private static final double LN_10 = Math.log(10);

  private Growth() {}

  /**
   * The compound growth rate per month that takes {@code from} to {@code to} in {@code months}: 0.1
   * is 10% a month. Both values must be positive and {@code months} positive.
   */
  static double rate(BigDecimal from, BigDecimal to, double months) {
    double logPerMonth = (ln(to) - ln(from)) / months;
    return Math.exp(Math.max(-MAX_LOG, Math.min(MAX_LOG, logPerMonth))) - 1;
  }

  /** Natural logarithm of a positive BigDecimal of any magnitude. */
  static double ln(BigDecimal x) {
    BigDecimal r = x.round(MathContext.DECIMAL64);
    int exponent = r.precision() - r.scale() - 1;
    double mantissa = r.movePointLeft(exponent).doubleValue();
    return Math.log(mantissa) + exponent * LN_10;
  }

  /** Bound on any amount, so that sums and means of amounts stay finite. */
  private static final double MAX_AMOUNT = 1e300;

  /** Clamps a value to plus or minus 1e300, so that infinities never enter the arithmetic. */
  static double finite(double value) {
    return Math.max(-MAX_AMOUNT, Math.min(MAX_AMOUNT, value));
  }

  /** The median of non-empty values. */
  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The largest of non-empty values. */
  static double best(List<Double> values) {
    double best = values.get(0);
    for (double v : values) {
      best = Math.max(best, v);
    }
    return best;
  }
}
