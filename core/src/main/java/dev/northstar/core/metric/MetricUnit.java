package dev.northstar.core.metric;

/** The unit a metric is measured in. */
public enum MetricUnit {
  /** A count of things: followers, clicks, leads. */
  COUNT,
  /** A ratio of two counts, stored as a fraction (0.05) and shown as a percent (5%). */
  RATIO,
  /** An amount of money in one currency. */
  CURRENCY,
  /** A length of time in seconds, such as a response time. */
  DURATION,
  /** Points on a scale, such as NPS (-100..100) or a review rating. */
  SCORE,
  /**
   * A ratio of two amounts shown as a multiple, such as a return on ad spend of 3.0 shown as {@code
   * 3.00x}; stored as the plain quotient (3.0), never as a percent.
   */
  MULTIPLE
}
