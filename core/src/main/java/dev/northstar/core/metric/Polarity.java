package dev.northstar.core.metric;

/** Whether a higher or a lower value of a metric is better. */
public enum Polarity {
  /** More is better: reach, followers, revenue. */
  HIGHER_IS_BETTER,
  /** Less is better: cost per click, response time, bounce rate. */
  LOWER_IS_BETTER
}
