package dev.northstar.core.metric;

/** How the values of a metric combine over rows and over time. */
public enum Additivity {
  /** Values add up over rows and time: clicks, likes, spend. */
  ADDITIVE,
  /**
   * A level at a point in time: followers. Over time the value is the last one; a sum is
   * meaningless.
   */
  SNAPSHOT,
  /**
   * Neither: unique counts such as reach (the same person counted on two days is one person) and
   * rates. A sum of post reach is only "summed post reach".
   */
  NON_ADDITIVE
}
