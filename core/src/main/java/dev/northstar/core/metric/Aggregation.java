package dev.northstar.core.metric;

/** How many values of a metric are combined into one. */
public enum Aggregation {
  /** The sum of the values. */
  SUM,
  /** The value with the latest date. */
  LAST,
  /** The value with the earliest date. */
  FIRST,
  /** The smallest value. */
  MIN,
  /** The largest value. */
  MAX,
  /** The arithmetic mean of the values. */
  MEAN,
  /** For rates: the sum of the numerators over the sum of the denominators. */
  RATIO_OF_SUMS,
  /** For rates: the mean of the per-row rates, skipping rows whose rate is undefined. */
  MEAN_OF_RATIOS
}
